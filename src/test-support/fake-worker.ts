import { DEFAULT_SETTINGS } from '../core';
import { PROTOCOL_VERSION, type LoadRequest, type LoadedReply, type Request } from '../protocol';
import type { BridgeTimers, WorkerPort } from '../bridge/types';

/** A Web Worker stand-in that the test drives by hand: answer, crash, or stay silent. */
export class FakeWorker implements WorkerPort {
  readonly received: Request[] = [];
  terminated = false;
  private onMessage: (data: unknown) => void = () => undefined;
  private onError: (reason: string) => void = () => undefined;

  postMessage(message: Request): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  listen(onMessage: (data: unknown) => void, onError: (reason: string) => void): void {
    this.onMessage = onMessage;
    this.onError = onError;
  }
  loads(): LoadRequest[] {
    return this.received.filter((m): m is LoadRequest => m.type === 'load');
  }
  lastLoad(): LoadRequest {
    const last = this.loads().at(-1);
    if (!last) throw new Error('no load received');
    return last;
  }
  answerPing(): void {
    this.onMessage({ type: 'pong', requestId: 0, protocolVersion: PROTOCOL_VERSION });
  }
  answer(request: LoadRequest): void {
    this.onMessage(loadedFor(request));
  }
  send(data: unknown): void {
    this.onMessage(data);
  }
  crash(reason = 'boom'): void {
    this.onError(reason);
  }
}

export function loadedFor(request: LoadRequest): LoadedReply {
  return {
    type: 'loaded',
    requestId: request.requestId,
    protocolVersion: PROTOCOL_VERSION,
    graph: { nodes: [], edges: [] },
    positions: {},
    layout: 'elk',
    hiddenNodeCount: 0,
    diagnosticNodeIds: [],
    stacks: {},
    namespaceSummaries: {},
    islands: [],
    namespaces: [],
    viewProblem: null,
    objectFacts: {},
    layoutContinuity: 'fresh',
    diagnostics: [{ code: 'ECHO', severity: 'info', message: request.text }],
    counts: { nodes: 0, pods: 0, readyPods: 0, services: 0, workloads: 0, ingresses: 0, errors: 0, warnings: 0 },
    settings: DEFAULT_SETTINGS,
    parseMs: 0,
    layoutMs: 0,
  };
}

/** Timers that fire only when the test says so. */
export class ManualTimers implements BridgeTimers {
  private readonly pending = new Map<number, () => void>();
  private nextHandle = 1;
  setTimeout(callback: () => void): unknown {
    const handle = this.nextHandle++;
    this.pending.set(handle, callback);
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  fireAll(): void {
    const callbacks = [...this.pending.values()];
    this.pending.clear();
    for (const callback of callbacks) callback();
  }
  count(): number {
    return this.pending.size;
  }
}
