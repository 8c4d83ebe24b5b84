import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type QueryRequest } from '../protocol';
import { FakeWorker, ManualTimers } from '../test-support/fake-worker';
import { createBridge } from './bridge';

function setup() {
  const workers: FakeWorker[] = [];
  const timers = new ManualTimers();
  const bridge = createBridge({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    loadInProcess: () => Promise.reject(new Error('not in these tests')),
    timers,
  });
  const lastQuery = (): QueryRequest => {
    const found = workers[0]?.received.filter((m): m is QueryRequest => m.type === 'query').at(-1);
    if (!found) throw new Error('no query sent');
    return found;
  };
  return { bridge, workers, timers, lastQuery };
}

describe('bridge queries', () => {
  it('sends a query to the worker and resolves with the answer of the same id', async () => {
    const { bridge, workers, lastQuery } = setup();
    const pending = bridge.query('rules', { node: 'node1', mode: 'iptables' });
    const request = lastQuery();
    expect(request.query).toEqual({ kind: 'rules', params: { node: 'node1', mode: 'iptables' } });
    workers[0]?.send({ type: 'answer', requestId: request.requestId, protocolVersion: PROTOCOL_VERSION, answer: { kind: 'rules', result: { text: '*filter' } } });
    await expect(pending).resolves.toEqual({ type: 'answer', result: { text: '*filter' } });
  });

  it('answers several queries in flight independently, none superseding another', async () => {
    const { bridge, workers } = setup();
    const a = bridge.query('rules', { node: 'node1', mode: 'iptables' });
    const b = bridge.query('rules', { node: 'node2', mode: 'ipvs' });
    const sent = workers[0]?.received.filter((m): m is QueryRequest => m.type === 'query') ?? [];
    expect(sent).toHaveLength(2);
    const [first, second] = sent;
    workers[0]?.send({ type: 'answer', requestId: second?.requestId, protocolVersion: PROTOCOL_VERSION, answer: { kind: 'rules', result: { text: 'B' } } });
    workers[0]?.send({ type: 'answer', requestId: first?.requestId, protocolVersion: PROTOCOL_VERSION, answer: { kind: 'rules', result: { text: 'A' } } });
    await expect(a).resolves.toMatchObject({ result: { text: 'A' } });
    await expect(b).resolves.toMatchObject({ result: { text: 'B' } });
  });

  it('fails pending queries when the worker crashes, without losing the next load', async () => {
    const { bridge, workers, lastQuery } = setup();
    const pending = bridge.query('trace', { request: { source: { type: 'external' }, target: '1.2.3.4:80' } });
    lastQuery();
    workers[0]?.crash('out of memory');
    const outcome = await pending;
    expect(outcome.type).toBe('failed');
    expect(outcome.type === 'failed' && outcome.message).toContain('out of memory');
  });

  it('times out a query that gets no answer and restarts the worker', async () => {
    const { bridge, workers, timers } = setup();
    const pending = bridge.query('rules', { node: 'node1', mode: 'nftables' });
    timers.fireAll();
    await expect(pending).resolves.toMatchObject({ type: 'failed' });
    expect(workers[0]?.terminated).toBe(true);
  });
});
