import {
  PROTOCOL_VERSION,
  failedReply,
  hasCurrentVersion,
  isReply,
  type AnswerReply,
  type FailedReply,
  type LoadRequest,
  type QueryKind,
  type QueryParams,
  type QueryRequest,
  type QueryResult,
  type LoadedReply,
  type Reply,
} from '../protocol';
import type { Bridge, BridgeMode, BridgeOptions, BridgeTimers, InProcessHandler, LoadInput, LoadOutcome, QueryOutcome, WorkerPort } from './types';

export const DEFAULT_TIMEOUT_MS = 30_000;

/** A worker that dies this many times in a row before answering its first ping is taken for unsupported here. */
const BOOT_FAILURES_BEFORE_FALLBACK = 2;

interface Pending {
  readonly request: LoadRequest;
  readonly resolve: (outcome: LoadOutcome) => void;
  /** Answered `superseded` already; its reply will be dropped. */
  superseded: boolean;
  restarts: number;
  timer?: unknown;
}

const realTimers: BridgeTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Owns the worker on the main thread. At most one load is in flight: a newer load supersedes the one in
 * flight (its reply is dropped when it comes) and replaces any queued one, so a fast typist never builds a
 * queue of stale parses. A crash or a hang restarts the worker and re-sends the request it was working on.
 */
export function createBridge(options: BridgeOptions): Bridge {
  const timers = options.timers ?? realTimers;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRestarts = options.maxRestartsPerRequest ?? 1;
  let nextRequestId = 1;
  let worker: WorkerPort | null = null;
  let workerAnswered = false;
  let bootFailures = 0;
  let mode: BridgeMode = 'worker';
  let inProcess: Promise<InProcessHandler> | null = null;
  let inFlight: Pending | null = null;
  let queued: Pending | null = null;
  let disposed = false;
  const queries = new Map<number, { readonly request: QueryRequest; readonly resolve: (reply: AnswerReply | FailedReply) => void; timer?: unknown }>();

  const switchToInProcess = (reason: string): void => {
    mode = 'in-process';
    options.onEvent?.({ type: 'in-process-fallback', reason });
  };

  const startWorker = (): WorkerPort | null => {
    let port: WorkerPort | null;
    try {
      port = options.createWorker();
    } catch (error) {
      switchToInProcess(error instanceof Error ? error.message : String(error));
      return null;
    }
    if (!port) {
      switchToInProcess('Web Workers are not available');
      return null;
    }
    workerAnswered = false;
    port.listen(
      (data) => {
        // Any answer (the pong first) proves the module loaded: later crashes are the text's doing.
        workerAnswered = true;
        bootFailures = 0;
        receive(data);
      },
      (reason) => crash(reason),
    );
    port.postMessage({ type: 'ping', requestId: 0, protocolVersion: PROTOCOL_VERSION });
    return port;
  };

  const send = (pending: Pending): void => {
    inFlight = pending;
    if (mode === 'worker') {
      worker ??= startWorker();
    }
    if (mode === 'in-process' || !worker) {
      inProcess ??= options.loadInProcess();
      void inProcess
        .then((handle) => handle(pending.request))
        .catch((error: unknown) => failedReply(pending.request.requestId, describeError(error)))
        .then(receive);
      return;
    }
    pending.timer = timers.setTimeout(() => crash(`no answer within ${timeoutMs / 1000} s`), timeoutMs);
    worker.postMessage(pending.request);
  };

  const settle = (pending: Pending, reply: LoadedReply | FailedReply): void => {
    if (pending.timer !== undefined) timers.clearTimeout(pending.timer);
    if (inFlight === pending) inFlight = null;
    if (!pending.superseded) pending.resolve(reply);
    const next = queued;
    queued = null;
    if (next && !disposed) send(next);
  };

  function receive(data: unknown): void {
    if (isReply(data) && queries.has(data.requestId)) {
      const entry = queries.get(data.requestId);
      queries.delete(data.requestId);
      if (entry?.timer !== undefined) timers.clearTimeout(entry.timer);
      if (data.type === 'answer' || data.type === 'failed') entry?.resolve(data);
      else entry?.resolve(failedReply(data.requestId, `The worker answered a query with ${data.type}.`));
      return;
    }
    const pending = inFlight;
    // Replies to requests we no longer wait for (after a restart, or malformed) are dropped here.
    if (!pending || !isReply(data) || data.requestId !== pending.request.requestId) return;
    settle(pending, toLoadReply(data));
  }

  function crash(reason: string): void {
    worker?.terminate();
    worker = null;
    // A restarted worker has no cluster: pending queries are answered `failed`; the load below restores it.
    for (const [id, entry] of queries) {
      if (entry.timer !== undefined) timers.clearTimeout(entry.timer);
      entry.resolve(failedReply(id, `The worker stopped (${reason}); ask again.`));
    }
    queries.clear();
    if (!workerAnswered) bootFailures += 1;
    const unsupported = bootFailures >= BOOT_FAILURES_BEFORE_FALLBACK;
    if (unsupported) switchToInProcess(`the worker failed to start: ${reason}`);
    else options.onEvent?.({ type: 'worker-restarted', reason });
    const pending = inFlight;
    if (!pending || disposed) return;
    if (pending.timer !== undefined) timers.clearTimeout(pending.timer);
    inFlight = null;
    if (pending.superseded && queued) {
      const next = queued;
      queued = null;
      send(next);
      return;
    }
    // A worker that never started says nothing about this text: only count crashes of a working worker.
    if (workerAnswered) pending.restarts += 1;
    if (pending.restarts > maxRestarts) {
      const message = `The worker stopped while reading this text (${reason}). Your text is kept; try a smaller paste.`;
      settle(pending, failedReply(pending.request.requestId, message));
      return;
    }
    send(pending);
  }

  return {
    load(input: LoadInput): Promise<LoadOutcome> {
      const request: LoadRequest = { type: 'load', requestId: nextRequestId++, protocolVersion: PROTOCOL_VERSION, ...input };
      return new Promise<LoadOutcome>((resolve) => {
        const pending: Pending = { request, resolve, superseded: false, restarts: 0 };
        if (disposed) {
          resolve(failedReply(request.requestId, 'The app is shutting down.'));
          return;
        }
        for (const older of [inFlight, queued]) {
          if (older && !older.superseded) {
            older.superseded = true;
            older.resolve({ type: 'superseded', requestId: older.request.requestId });
          }
        }
        if (inFlight) queued = pending;
        else send(pending);
      });
    },
    query<K extends QueryKind>(kind: K, params: QueryParams<K>): Promise<QueryOutcome<K>> {
      const request = { type: 'query', requestId: nextRequestId++, protocolVersion: PROTOCOL_VERSION, query: { kind, params } } as QueryRequest;
      return new Promise<AnswerReply | FailedReply>((resolve) => {
        if (disposed) {
          resolve(failedReply(request.requestId, 'The app is shutting down.'));
          return;
        }
        if (mode === 'worker') worker ??= startWorker();
        if (mode === 'in-process' || !worker) {
          inProcess ??= options.loadInProcess();
          void inProcess
            .then((handle) => handle(request))
            .catch((error: unknown) => failedReply(request.requestId, describeError(error)))
            .then((reply) => resolve(reply.type === 'answer' || reply.type === 'failed' ? reply : failedReply(request.requestId, `unexpected ${reply.type}`)));
          return;
        }
        const entry: { request: QueryRequest; resolve: typeof resolve; timer?: unknown } = { request, resolve };
        entry.timer = timers.setTimeout(() => crash(`no answer to a ${kind} query within ${timeoutMs / 1000} s`), timeoutMs);
        queries.set(request.requestId, entry);
        worker.postMessage(request);
      }).then((reply) => (reply.type === 'answer' ? { type: 'answer' as const, result: reply.answer.result as QueryResult<K> } : reply));
    },
    mode: () => mode,
    dispose(): void {
      disposed = true;
      if (inFlight?.timer !== undefined) timers.clearTimeout(inFlight.timer);
      worker?.terminate();
      worker = null;
    },
  };
}

function toLoadReply(reply: Reply): LoadedReply | FailedReply {
  if (!hasCurrentVersion(reply)) {
    return failedReply(reply.requestId, 'The worker speaks another protocol version: reload the page.');
  }
  switch (reply.type) {
    case 'loaded':
    case 'failed':
      return reply;
    case 'pong':
    case 'answer':
      return failedReply(reply.requestId, `The worker answered a load with ${reply.type}.`);
    default:
      return assertNever(reply);
  }
}

function describeError(event: unknown): string {
  if (event instanceof Error) return event.message;
  if (typeof event === 'object' && event !== null && 'message' in event && typeof event.message === 'string' && event.message) {
    return event.message;
  }
  return 'the worker crashed';
}

function assertNever(value: never): never {
  throw new Error(`Unhandled reply ${JSON.stringify(value)}`);
}
