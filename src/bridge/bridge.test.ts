import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Request } from '../protocol';
import { FakeWorker, ManualTimers, loadedFor } from '../test-support/fake-worker';
import { createBridge } from './bridge';
import type { BridgeEvent, BridgeOptions, LoadInput, LoadOutcome } from './types';

const input = (text: string): LoadInput => ({ text, settings: {}, view: { showSystemObjects: false } });

function setup(overrides: Partial<BridgeOptions> = {}) {
  const workers: FakeWorker[] = [];
  const timers = new ManualTimers();
  const events: BridgeEvent[] = [];
  const inProcessCalls: Request[] = [];
  const bridge = createBridge({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    loadInProcess: () =>
      Promise.resolve(async (request: Request) => {
        inProcessCalls.push(request);
        if (request.type !== 'load') throw new Error('unexpected');
        return loadedFor(request);
      }),
    timers,
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  const worker = (index: number): FakeWorker => {
    const found = workers[index];
    if (!found) throw new Error(`worker ${index} was never started`);
    return found;
  };
  return { bridge, workers, worker, timers, events, inProcessCalls };
}

function echo(outcome: LoadOutcome): string {
  if (outcome.type !== 'loaded') return outcome.type;
  return outcome.diagnostics[0]?.message ?? '';
}

describe('bridge', () => {
  it('starts the worker with a ping, then sends the load with a fresh id and the protocol version', async () => {
    const { bridge, worker } = setup();
    const outcome = bridge.load(input('a'));
    const [ping, load] = worker(0).received;
    expect(ping?.type).toBe('ping');
    expect(load).toMatchObject({ type: 'load', text: 'a', protocolVersion: PROTOCOL_VERSION });
    worker(0).answer(worker(0).lastLoad());
    expect(echo(await outcome)).toBe('a');
  });

  it('applies only the newest load: older ones are superseded and their late replies dropped', async () => {
    const { bridge, worker } = setup();
    const first = bridge.load(input('first'));
    const second = bridge.load(input('second'));
    const third = bridge.load(input('third'));
    expect(await first).toMatchObject({ type: 'superseded' });
    expect(await second).toMatchObject({ type: 'superseded' });
    // Only the in-flight request reached the worker; 'second' was replaced while queued.
    expect(worker(0).loads().map((r) => r.text)).toEqual(['first']);
    worker(0).answer(worker(0).lastLoad());
    expect(worker(0).loads().map((r) => r.text)).toEqual(['first', 'third']);
    worker(0).answer(worker(0).lastLoad());
    expect(echo(await third)).toBe('third');
  });

  it('ignores replies whose id it is not waiting for', async () => {
    const { bridge, worker } = setup();
    const outcome = bridge.load(input('a'));
    const request = worker(0).lastLoad();
    worker(0).send({ ...loadedFor(request), requestId: request.requestId + 41 });
    worker(0).send('garbage');
    worker(0).answer(request);
    expect(echo(await outcome)).toBe('a');
  });

  it('restarts a crashed worker and re-sends the request it was working on', async () => {
    const { bridge, worker, workers, events } = setup();
    const outcome = bridge.load(input('a'));
    worker(0).answerPing();
    worker(0).crash('out of memory');
    expect(worker(0).terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(worker(1).lastLoad().text).toBe('a');
    worker(1).answer(worker(1).lastLoad());
    expect(echo(await outcome)).toBe('a');
    expect(events).toContainEqual({ type: 'worker-restarted', reason: 'out of memory' });
  });

  it('takes a worker that does not answer in time for hung, and restarts it', async () => {
    const { bridge, worker, timers } = setup();
    const outcome = bridge.load(input('slow'));
    worker(0).answerPing();
    timers.fireAll();
    expect(worker(0).terminated).toBe(true);
    worker(1).answer(worker(1).lastLoad());
    expect(echo(await outcome)).toBe('slow');
    expect(timers.count()).toBe(0);
  });

  it('answers failed when the same text takes the worker down twice, and keeps working after', async () => {
    const { bridge, worker } = setup();
    const outcome = bridge.load(input('poison'));
    worker(0).answerPing();
    worker(0).crash();
    worker(1).answerPing();
    worker(1).crash();
    const result = await outcome;
    expect(result.type).toBe('failed');
    const next = bridge.load(input('fine'));
    worker(2).answer(worker(2).lastLoad());
    expect(echo(await next)).toBe('fine');
  });

  it('after a crash on a superseded request, sends the newest one instead', async () => {
    const { bridge, worker } = setup();
    void bridge.load(input('old'));
    const newest = bridge.load(input('new'));
    worker(0).answerPing();
    worker(0).crash();
    expect(worker(1).loads().map((r) => r.text)).toEqual(['new']);
    worker(1).answer(worker(1).lastLoad());
    expect(echo(await newest)).toBe('new');
  });

  it('runs in-process when Worker is unavailable', async () => {
    const { bridge, inProcessCalls, events } = setup({ createWorker: () => null });
    const outcome = await bridge.load(input('here'));
    expect(echo(outcome)).toBe('here');
    expect(bridge.mode()).toBe('in-process');
    expect(inProcessCalls).toHaveLength(1);
    expect(events[0]?.type).toBe('in-process-fallback');
  });

  it('falls back to in-process when the worker dies twice before answering its first ping', async () => {
    const { bridge, worker, inProcessCalls } = setup();
    const outcome = bridge.load(input('x'));
    worker(0).crash('module script failed');
    worker(1).crash('module script failed');
    expect(echo(await outcome)).toBe('x');
    expect(bridge.mode()).toBe('in-process');
    expect(inProcessCalls.map((r) => r.type)).toEqual(['load']);
  });

  it('in-process, too, applies only the newest load', async () => {
    const { bridge } = setup({ createWorker: () => null });
    const first = bridge.load(input('1'));
    const second = bridge.load(input('2'));
    expect((await first).type).toBe('superseded');
    expect(echo(await second)).toBe('2');
  });

  it('a reply from another protocol version becomes a failure, not data', async () => {
    const { bridge, worker } = setup();
    const outcome = bridge.load(input('a'));
    worker(0).send({ ...loadedFor(worker(0).lastLoad()), protocolVersion: 999 });
    expect((await outcome).type).toBe('failed');
  });
});
