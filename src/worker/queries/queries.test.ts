import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Reply } from '../../protocol';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { clearCurrentCluster } from '../current-cluster';
import { handleMessage } from '../handle-message';

const load = () =>
  handleMessage({ type: 'load', requestId: 1, protocolVersion: PROTOCOL_VERSION, text: myappClusterIP, settings: {}, view: { showSystemObjects: false } });
const ask = (
  requestId: number,
  query: Parameters<typeof handleMessage>[0] extends infer R ? (R extends { type: 'query'; query: infer Q } ? Q : never) : never,
): Promise<Reply> => handleMessage({ type: 'query', requestId, protocolVersion: PROTOCOL_VERSION, query });

describe('worker queries', () => {
  it('refuses a query before any load', async () => {
    clearCurrentCluster();
    const reply = await ask(5, { kind: 'rules', params: { node: 'node1', mode: 'iptables' } });
    expect(reply.type).toBe('failed');
  });

  it('traces a request on the cluster of the last load', async () => {
    await load();
    const reply = await ask(2, {
      kind: 'trace',
      params: { request: { source: { type: 'node', name: 'node1' }, target: 'myapp.default.svc.cluster.local' }, seed: 7 },
    });
    expect(reply.type).toBe('answer');
    if (reply.type !== 'answer' || reply.answer.kind !== 'trace') return;
    // The node's own resolver does not know cluster names: a faithful NXDOMAIN.
    expect(reply.answer.result.outcome.type).toBe('nxdomain');
  });

  it('gives a node its iptables-save text with the Service chains in it', async () => {
    await load();
    const reply = await ask(3, { kind: 'rules', params: { node: 'node2', mode: 'iptables' } });
    if (reply.type !== 'answer' || reply.answer.kind !== 'rules') throw new Error(reply.type);
    expect(reply.answer.result.text).toContain('"default/myapp cluster IP"');
    expect(reply.answer.result.iptables?.tables.map((t) => t.name)).toEqual(['filter', 'nat']);
  });

  it('replays a seeded trace identically', async () => {
    await load();
    const params = { request: { source: { type: 'external' as const }, target: '192.168.49.3:80' }, seed: 3 };
    const a = await ask(4, { kind: 'trace', params });
    const b = await ask(5, { kind: 'trace', params });
    if (a.type !== 'answer' || b.type !== 'answer') throw new Error('no answer');
    expect(b.answer).toEqual(a.answer);
  });

  it('says which finding explains a refused request, in the trace and in each traced request of a stream', async () => {
    const typo = myappClusterIP.replace('  selector:\n    app: myapp\n', '  selector:\n    app: myap\n');
    expect(typo).not.toBe(myappClusterIP);
    await handleMessage({ type: 'load', requestId: 6, protocolVersion: PROTOCOL_VERSION, text: typo, settings: {}, view: { showSystemObjects: false } });
    const source = { type: 'node' as const, name: 'node1' };
    const one = await ask(7, { kind: 'trace', params: { request: { source, target: '10.96.3.215:38080' }, seed: 1 } });
    if (one.type !== 'answer' || one.answer.kind !== 'trace') throw new Error(one.type);
    expect(one.answer.result.outcome.type).toBe('refused');
    expect(one.answer.result.findings?.map((f) => [f.code, f.line])).toEqual([['SVC_SELECTOR_MATCHES_NOTHING', 37]]);

    const stream = await ask(8, {
      kind: 'traffic',
      params: { spec: { sources: [source], target: '10.96.3.215:38080', ratePerSecond: 5, durationSeconds: 1 } },
    });
    if (stream.type !== 'answer' || stream.answer.kind !== 'traffic') throw new Error(stream.type);
    expect(stream.answer.result.traces).toHaveLength(5);
    for (const { trace } of stream.answer.result.traces) expect(trace.findings?.[0]?.code).toBe('SVC_SELECTOR_MATCHES_NOTHING');

    // With the selector right again, the same request is delivered and carries nothing.
    await load();
    const fixed = await ask(9, { kind: 'trace', params: { request: { source, target: '10.96.3.215:38080' }, seed: 1 } });
    if (fixed.type !== 'answer' || fixed.answer.kind !== 'trace') throw new Error(fixed.type);
    expect(fixed.answer.result.outcome.type).toBe('delivered');
    expect(fixed.answer.result.findings).toBeUndefined();
  });
});
