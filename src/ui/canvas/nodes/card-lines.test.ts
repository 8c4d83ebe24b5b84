import { describe, expect, it } from 'vitest';
import { buildCluster, buildGraph, type GraphNode } from '../../../core';
import { EXAMPLES } from '../../../examples';
import { myappClusterIP } from '../../../examples/myapp-clusterip';
import { createI18n } from '../../../i18n/create-i18n';
import { bigManifest } from '../../../test-support/big-manifest';
import { drawView } from '../../../worker/view/drawn-view';
import { cardDetailLines } from './card-lines';

const english = createI18n('en').getFixedT('en', 'canvas');
const chinese = createI18n('zh').getFixedT('zh', 'canvas');
const HAN = /\p{Script=Han}/u;

/** Every example, plus myapp with 6 replicas (Endpoints with more addresses than a card lists) and one made unready. */
const SCENARIOS = [
  ...EXAMPLES.map((example) => example.manifests),
  myappClusterIP.replace('replicas: 3', 'replicas: 6'),
  myappClusterIP.replace('replicas: 3', 'replicas: 0'),
];
const graphs = SCENARIOS.map((text) => buildGraph(buildCluster(text)));
const allNodes = graphs.flatMap((graph) => graph.nodes);
const folded = drawView(buildCluster(bigManifest()), bigManifest(), { showSystemObjects: false }).graph.nodes;

function first(kind: GraphNode['kind'], test: (node: GraphNode) => boolean = () => true): GraphNode {
  const node = [...allNodes, ...folded].find((n) => n.kind === kind && test(n));
  if (!node) throw new Error(`no ${kind} in the scenarios`);
  return node;
}

describe('a card’s detail lines', () => {
  it('in English are the core’s and the worker’s own lines, character for character', () => {
    for (const node of [...allNodes, ...folded]) expect(cardDetailLines(node, english), node.id).toEqual(node.details);
  });

  it('cover every kind of fact the scenarios have', () => {
    const types = new Set([...allNodes, ...folded].map((n) => n.facts?.type));
    expect([...types].filter(Boolean).sort()).toEqual(['endpoints', 'ingress', 'namespace', 'pod', 'replicaset', 'workload']);
  });

  it('in Chinese say readiness, pod counts and missing addresses in Chinese, and keep the data', () => {
    const deployment = first('deployment', (n) => n.label === 'myapp');
    expect(cardDetailLines(deployment, chinese)).toEqual(['3/3 就绪', deployment.details[1]]);
    expect(
      cardDetailLines(
        first('replicaset', (n) => n.label.startsWith('myapp-')),
        chinese,
      ),
    ).toEqual(['3 个 Pod']);
    const pod = first('pod', (n) => n.details[1] === 'Ready');
    expect(cardDetailLines(pod, chinese)).toEqual([pod.details[0], '就绪']);
    const endpoints = first('endpoints', (n) => n.facts?.type === 'endpoints' && n.facts.more > 0);
    expect(cardDetailLines(endpoints, chinese)).toEqual([...endpoints.details.slice(0, 4), '另有 2 个']);
    expect(
      cardDetailLines(
        first('endpoints', (n) => n.details[0] === '<none>'),
        chinese,
      ),
    ).toEqual(['（无地址）']);
    const ingress = first('ingress');
    expect(cardDetailLines(ingress, chinese)[0]).toMatch(/^Ingress 类 \S+|^未指定 Ingress 类$/);
    expect(cardDetailLines(ingress, chinese).slice(1)).toEqual(ingress.details.slice(1));
  });

  it('in Chinese say a folded namespace’s counts, one plural form for all', () => {
    const card = first('namespace');
    expect(card.details.slice(0, 2)).toEqual(['5 services · 5 workloads', '50 pods (50 ready)']);
    expect(cardDetailLines(card, chinese).slice(0, 2)).toEqual(['5 个 Service，5 个工作负载', '50 个 Pod（50 个就绪）']);
  });

  it('in Chinese word a pod’s state but keep a phase as the API names it', () => {
    const base = first('pod');
    const withState = (state: 'NotReady' | 'Terminating' | 'Pending', hasIP: boolean): GraphNode => ({
      ...base,
      details: [hasIP ? '10.0.0.1' : '<no IP>', state],
      facts: { type: 'pod', hasIP, state },
    });
    expect(cardDetailLines(withState('NotReady', true), chinese)).toEqual(['10.0.0.1', '未就绪']);
    expect(cardDetailLines(withState('Terminating', true), chinese)).toEqual(['10.0.0.1', '正在终止']);
    expect(cardDetailLines(withState('Pending', false), chinese)).toEqual(['（无 IP）', 'Pending']);
    expect(cardDetailLines(withState('Pending', false), english)).toEqual(['<no IP>', 'Pending']);
  });

  it('leave a node without facts as it is', () => {
    const service = first('service');
    expect(service.facts).toBeUndefined();
    expect(cardDetailLines(service, chinese)).toBe(service.details);
    expect(cardDetailLines(first('deployment'), chinese).join(' ')).toMatch(HAN);
  });
});
