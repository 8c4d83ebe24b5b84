import { describe, expect, it } from 'vitest';
import { findExample } from '../../examples';
import { PROTOCOL_VERSION, type LessonAnswer } from '../../protocol';
import { handleMessage } from '../handle-message';

const myapp = findExample('myapp-clusterip');
const nodePort = findExample('nginx-nodeport');

async function load(text: string): Promise<void> {
  const reply = await handleMessage({ type: 'load', requestId: 1, protocolVersion: PROTOCOL_VERSION, text, settings: {}, view: { showSystemObjects: false } });
  if (reply.type !== 'loaded') throw new Error(reply.type);
}

async function lesson(params: { exampleId?: string | null; seed?: number }): Promise<LessonAnswer> {
  const reply = await handleMessage({ type: 'query', requestId: 2, protocolVersion: PROTOCOL_VERSION, query: { kind: 'lesson', params } });
  if (reply.type !== 'answer' || reply.answer.kind !== 'lesson') throw new Error(reply.type === 'failed' ? reply.message : reply.type);
  return reply.answer.result;
}

describe('lesson query', () => {
  it("an example's lesson sends its suggested request and narrates every hop in both languages", async () => {
    if (!myapp) throw new Error('myapp-clusterip is gone');
    await load(myapp.manifests);
    const answer = await lesson({ exampleId: myapp.id, seed: 1 });
    if (answer.type !== 'lesson') throw new Error(answer.type);
    expect(answer.exampleId).toBe('myapp-clusterip');
    expect(answer.request).toEqual(myapp.suggestedRequest);
    expect(answer.trace.request.target).toBe(myapp.suggestedRequest.target);
    expect(answer.trace.outcome.type).toBe('delivered');
    for (const steps of [answer.steps.en, answer.steps.zh]) expect(steps).toHaveLength(answer.trace.hops.length + 2);
    expect(answer.steps.en[0]?.title).toBe(myapp.title);
    expect(answer.steps.zh[0]?.title).toBe(myapp.titleZh);
    // The hop that picks the pod: its step points at the rule the trace matched.
    const dnat = answer.trace.hops.findIndex((hop) => hop.rule?.chain?.startsWith('KUBE-SEP-') && hop.before.dst !== hop.after.dst);
    expect(dnat).toBeGreaterThan(0);
    expect(answer.steps.en[dnat + 1]?.lookAt).toMatchObject({ hopIndex: dnat, ruleId: answer.trace.hops[dnat]?.rule?.id });
    expect(answer.steps.en[dnat + 1]?.narration).toMatch(/DNAT/);
    expect(answer.steps.zh[dnat + 1]?.narration).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the same seed teaches the same path, whatever was traced before', async () => {
    if (!myapp) throw new Error('myapp-clusterip is gone');
    await load(myapp.manifests);
    const first = await lesson({ exampleId: myapp.id, seed: 5 });
    await handleMessage({
      type: 'query',
      requestId: 3,
      protocolVersion: PROTOCOL_VERSION,
      query: { kind: 'trace', params: { request: myapp.suggestedRequest } },
    });
    expect(await lesson({ exampleId: myapp.id, seed: 5 })).toEqual(first);
  });

  it('pasted text (no example) is taught through its first Service, called the way its type is meant to be', async () => {
    if (!nodePort) throw new Error('nginx-nodeport is gone');
    await load(nodePort.manifests);
    const answer = await lesson({ exampleId: null });
    if (answer.type !== 'lesson') throw new Error(answer.type);
    expect(answer.exampleId).toBeNull();
    expect(answer.request.source).toEqual({ type: 'external' });
    expect(answer.request.target).toMatch(/^192\.168\.\d+\.\d+:32143$/);
    expect(answer.steps.en[0]?.title).toBe('Service my-nginx-app');
    expect(answer.steps.en[0]?.narration).toContain('Service my-nginx-app');
    expect(answer.steps.zh[0]?.narration).toContain('Service my-nginx-app');
    expect(answer.steps.en.at(-1)?.title).toBe('Result');
  });

  it('an example id the text is not (or that does not exist) falls back to the cluster', async () => {
    if (!nodePort) throw new Error('nginx-nodeport is gone');
    await load(nodePort.manifests);
    const answer = await lesson({ exampleId: 'no-such-example' });
    expect(answer).toMatchObject({ type: 'lesson', exampleId: null });
  });

  it('a lesson on a broken cluster carries the finding behind its failed request, as a sent request does', async () => {
    if (!myapp) throw new Error('myapp-clusterip is gone');
    const typo = myapp.manifests.replace('  selector:\n    app: myapp\n', '  selector:\n    app: myap\n');
    expect(typo).not.toBe(myapp.manifests);
    await load(typo);
    const answer = await lesson({ exampleId: null, seed: 1 });
    if (answer.type !== 'lesson') throw new Error(answer.type);
    expect(answer.trace.outcome.type).toBe('refused');
    expect(answer.trace.findings?.map((finding) => finding.code)).toEqual(['SVC_SELECTOR_MATCHES_NOTHING']);
  });

  it('a cluster without a Service has nothing to teach with', async () => {
    await load('apiVersion: v1\nkind: Pod\nmetadata: {name: lonely}\nspec:\n  containers: [{name: c, image: nginx}]\n');
    expect(await lesson({ exampleId: null })).toEqual({ type: 'no-service' });
  });
});
