import { describe, expect, it } from 'vitest';
import type { Bridge, QueryOutcome } from '../bridge';
import type { Trace, TrafficResult } from '../core';
import { PROTOCOL_VERSION, type QueryKind, type QueryParams } from '../protocol';
import { createAppStore } from './create-app-store';
import { playheadTimeMs, runFromTraffic, selectHopOf, tallyRun } from './traffic-state';

function trace(target: string, outcome: Trace['outcome']): Trace {
  return {
    request: { source: { type: 'external' }, target },
    hops: [
      { kind: 'send', at: 'client', before: { src: 'a:1', dst: 'b:2' }, after: { src: 'a:1', dst: 'b:2' }, note: 'send', timeMs: 0 },
      {
        kind: 'nat',
        at: 'node/node1',
        node: 'node1',
        before: { src: 'a:1', dst: 'b:2' },
        after: { src: 'a:1', dst: 'c:3' },
        rule: { source: 'iptables', node: 'node1', table: 'nat', chain: 'KUBE-SEP-X', id: 'nat/KUBE-SEP-X/1', text: '-A KUBE-SEP-X -j DNAT' },
        note: 'dnat',
        timeMs: 1,
      },
    ],
    outcome,
    durationMs: 2,
  };
}

const delivered = (pod: string): Trace['outcome'] => ({
  type: 'delivered',
  podNamespace: 'default',
  podName: pod,
  podIP: '10.244.1.2',
  port: 80,
  nodeName: 'node1',
});

/** A bridge whose queries the test answers by hand. */
function fakeBridge() {
  const asked: { kind: QueryKind; params: unknown; resolve: (outcome: QueryOutcome<QueryKind>) => void }[] = [];
  const bridge: Bridge = {
    load: () => new Promise(() => undefined),
    query<K extends QueryKind>(kind: K, params: QueryParams<K>) {
      return new Promise<QueryOutcome<K>>((resolve) => asked.push({ kind, params, resolve: resolve as (o: QueryOutcome<QueryKind>) => void }));
    },
    mode: () => 'worker',
    dispose: () => undefined,
  };
  return { bridge, asked };
}

function setup() {
  const { bridge, asked } = fakeBridge();
  let wall = 1000;
  const store = createAppStore(bridge, { storage: null, now: () => wall });
  return {
    store,
    asked,
    advance: (ms: number) => (wall += ms),
    clock: () => playheadTimeMs(store.getState().playhead, store.getState().playing, store.getState().speed, wall),
  };
}

describe('traffic slice', () => {
  it('a sent request joins the run where the clock stands, is focused, and plays', async () => {
    const { store, asked, advance, clock } = setup();
    const first = store.getState().sendRequest({ source: { type: 'external' }, target: 'x' });
    asked[0]?.resolve({ type: 'answer', result: trace('x', delivered('p1')) });
    await first;
    advance(2500);
    expect(clock()).toBe(2500);
    const second = store.getState().sendRequest({ source: { type: 'external' }, target: 'y' });
    asked[1]?.resolve({ type: 'answer', result: trace('y', delivered('p2')) });
    await second;
    const { packets, focusedTraceId, playing } = store.getState();
    expect(packets.map((p) => p.startMs)).toEqual([0, 2500]);
    expect(focusedTraceId).toBe(packets[1]?.id);
    expect(playing).toBe(true);
  });

  it('a failed query leaves the run alone and says why', async () => {
    const { store, asked } = setup();
    const sent = store.getState().sendRequest({ source: { type: 'external' }, target: 'x' });
    asked[0]?.resolve({ type: 'failed', requestId: 1, protocolVersion: PROTOCOL_VERSION, message: 'No cluster yet' });
    await sent;
    expect(store.getState().packets).toEqual([]);
    expect(store.getState().requestError).toBe('No cluster yet');
    expect(store.getState().requestStatus).toBe('idle');
  });

  it('a stream replaces the run and starts it from zero', async () => {
    const { store, asked } = setup();
    const result: TrafficResult = {
      traces: [
        { startMs: 0, trace: trace('x', delivered('p1')) },
        { startMs: 50, trace: trace('x', { type: 'refused', reason: 'no endpoints' }) },
      ],
      perPod: { 'default/p1': 1 },
      outcomes: { delivered: 1, refused: 1 },
      eventLog: [],
    };
    const streamed = store.getState().streamRequests({ sources: [{ type: 'external' }], target: 'x', ratePerSecond: 20, durationSeconds: 0.1 });
    expect(asked[0]?.kind).toBe('traffic');
    asked[0]?.resolve({ type: 'answer', result });
    await streamed;
    expect(store.getState().packets.map((p) => p.startMs)).toEqual([0, 50]);
    expect(store.getState().playhead.timeMs).toBe(0);
  });

  it('pause keeps the time played; speed changes do not jump the clock', () => {
    const { store, advance, clock } = setup();
    store.getState().play();
    advance(1000);
    store.getState().setSpeed(2);
    expect(clock()).toBe(1000);
    advance(500);
    expect(clock()).toBe(2000);
    store.getState().pause();
    advance(5000);
    expect(clock()).toBe(2000);
  });

  it('a seek pauses at the asked time', () => {
    const { store, clock } = setup();
    store.getState().play();
    store.getState().seek(1234);
    expect(store.getState().playing).toBe(false);
    expect(clock()).toBe(1234);
  });

  it('a selected hop carries its rule where the inspector reads it', async () => {
    const { store, asked } = setup();
    const sent = store.getState().sendRequest({ source: { type: 'external' }, target: 'x' });
    asked[0]?.resolve({ type: 'answer', result: trace('x', delivered('p1')) });
    await sent;
    const id = store.getState().packets[0]?.id ?? -1;
    store.getState().selectHop(id, 1);
    const selected = store.getState().selectedHop;
    expect(selected?.rule?.id).toBe('nat/KUBE-SEP-X/1');
    expect(selected?.rule?.node).toBe('node1');
    expect(selected?.index).toBe(1);
  });

  it('the current hop is written only when it changes', () => {
    const { store } = setup();
    let writes = 0;
    store.subscribe(() => (writes += 1));
    store.getState().setCurrentHop(2);
    store.getState().setCurrentHop(2);
    expect(writes).toBe(1);
  });
});

describe('traffic state', () => {
  it('tallies outcomes and deliveries per pod', () => {
    const run = runFromTraffic(
      {
        traces: [
          { startMs: 0, trace: trace('x', delivered('p1')) },
          { startMs: 10, trace: trace('x', delivered('p1')) },
          { startMs: 20, trace: trace('x', { type: 'dropped', reason: 'no local endpoints' }) },
        ],
        perPod: {},
        outcomes: {},
        eventLog: [],
      },
      7,
    );
    expect(run.map((p) => p.id)).toEqual([7, 8, 9]);
    expect(tallyRun(run)).toEqual({ total: 3, outcomes: { delivered: 2, dropped: 1 }, perPod: { 'default/p1': 2 } });
  });

  it('a hop outside the trace selects nothing', () => {
    const run = runFromTraffic({ traces: [{ startMs: 0, trace: trace('x', delivered('p1')) }], perPod: {}, outcomes: {}, eventLog: [] }, 1);
    expect(selectHopOf(run, 1, 9)).toBeNull();
    expect(selectHopOf(run, 2, 0)).toBeNull();
  });
});
