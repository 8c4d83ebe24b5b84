import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { buildGraph } from '../graph/build-graph';
import { buildCluster } from '../model/build-cluster';
import { traceRequest } from '../simulate/trace';
import { lessonFor } from './lesson';
import { lessonRequestFor } from './lesson-request';
import { clusterOf, traceOf } from './test-fixtures';
import type { LessonExample } from './types';

describe('lessonFor', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s: an introduction, one step per hop pointing at it, and the result', (_id, example) => {
    const cluster = buildCluster(example.manifests, example.settings ?? {});
    const request = lessonRequestFor(example, cluster);
    if (!request) throw new Error('no request');
    const trace = traceRequest(cluster, request);
    const graphIds = new Set(buildGraph(cluster, { includeSystem: true }).nodes.map((n) => n.id));
    for (const lang of ['en', 'zh'] as const) {
      const steps = lessonFor(example, trace, lang);
      expect(steps).toHaveLength(trace.hops.length + 2);
      expect(steps[0]?.title).toBe(lang === 'zh' ? (example.titleZh ?? example.title) : example.title);
      trace.hops.forEach((hop, i) => {
        const step = steps[i + 1];
        expect(step?.lookAt.hopIndex).toBe(i);
        expect(step?.lookAt.ruleId).toBe(hop.rule?.id);
        expect(step?.title).not.toBe('');
      });
      // Every place a step points at is drawn on the graph (with system objects shown).
      for (const step of steps) if (step.lookAt.nodeId !== undefined) expect(graphIds, step.lookAt.nodeId).toContain(step.lookAt.nodeId);
      expect(steps[steps.length - 1]?.title).toBe(lang === 'zh' ? '结果' : 'Result');
    }
  });

  it('uses the Chinese title and description when the example has them, the English ones when not', () => {
    const trace = traceOf(clusterOf(), { source: { type: 'pod', namespace: 'default', name: 'client' }, target: 'web' });
    const bilingual: LessonExample = { id: 'web', title: 'Web', titleZh: '网站', description: 'Three pods.', descriptionZh: '三个 Pod。' };
    const english: LessonExample = { id: 'web', title: 'Web', description: 'Three pods.' };
    expect(lessonFor(bilingual, trace, 'zh')[0]).toMatchObject({
      title: '网站',
      narration: '三个 Pod。 现在从 Pod client 访问 web。',
      lookAt: { nodeId: 'pod/default/client' },
    });
    expect(lessonFor(english, trace, 'zh')[0]).toMatchObject({ title: 'Web', narration: expect.stringMatching(/^Three pods\. 现在从 Pod client 访问 web。$/) });
    expect(lessonFor(english, trace, 'en')[0]?.narration).toBe('Three pods. Now Pod client calls web.');
  });

  it('points the result at the pod that answered', () => {
    const trace = traceOf(clusterOf(), { source: { type: 'pod', namespace: 'default', name: 'client' }, target: 'web' });
    if (trace.outcome.type !== 'delivered') throw new Error(trace.outcome.type);
    expect(lessonFor({ id: 'x', title: 'x', description: 'x' }, trace, 'en').at(-1)?.lookAt).toEqual({ nodeId: `pod/default/${trace.outcome.podName}` });
  });
});

describe('lessonRequestFor', () => {
  it("prefers the example's suggested request", () => {
    const suggested = { source: { type: 'node', name: 'node2' } as const, target: '10.96.3.215:38080' };
    expect(lessonRequestFor({ suggestedRequest: suggested }, clusterOf())).toBe(suggested);
  });

  it('without one, calls the first Service the text has, from a pod it does not select, by DNS name', () => {
    expect(lessonRequestFor(undefined, clusterOf())).toEqual({ source: { type: 'pod', namespace: 'default', name: 'client' }, target: 'web.default:80' });
  });

  it('calls a NodePort or LoadBalancer Service from outside, the way it is meant to be reached', () => {
    const nodePort = EXAMPLES.find((e) => e.id === 'nginx-nodeport');
    const lb = EXAMPLES.find((e) => e.id === 'loadbalancer-cluster');
    if (!nodePort || !lb) throw new Error('examples are gone');
    expect(lessonRequestFor(undefined, buildCluster(nodePort.manifests))).toEqual({
      source: { type: 'external' },
      target: expect.stringMatching(/^192\.168\.49\.\d+:32143$/),
    });
    expect(lessonRequestFor(undefined, buildCluster(lb.manifests))).toEqual({
      source: { type: 'external' },
      target: expect.stringMatching(/^198\.51\.100\.\d+:\d+$/),
    });
  });

  it('has nothing to suggest for text without a Service', () => {
    expect(lessonRequestFor(undefined, buildCluster('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n'))).toBeUndefined();
  });

  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s: the request chosen without the suggestion is one the cluster can send', (_id, example) => {
    const cluster = buildCluster(example.manifests, example.settings ?? {});
    const request = lessonRequestFor(undefined, cluster);
    if (!request) throw new Error('no request');
    const trace = traceRequest(cluster, request);
    expect(trace.outcome.type === 'dropped' && trace.outcome.reason.startsWith('cannot send')).toBe(false);
    expect(trace.hops.length).toBeGreaterThan(0);
  });
});
