import type { ClusterSettings } from '../core';
import type { FailedReply, LoadedReply, QueryKind, QueryParams, QueryResult, Reply, Request, ViewOptions } from '../protocol';

/** The part of a Web Worker the bridge uses, so tests can hand it a fake. */
export interface WorkerPort {
  postMessage(message: Request): void;
  terminate(): void;
  /** Called once, right after creation. `onError` means the worker is dead or unusable. */
  listen(onMessage: (data: unknown) => void, onError: (reason: string) => void): void;
}

/** The worker's logic run on the main thread, for browsers (or tests) without module workers. */
export type InProcessHandler = (request: Request) => Promise<Reply>;

export interface BridgeTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type BridgeEvent =
  | { readonly type: 'worker-restarted'; readonly reason: string }
  | { readonly type: 'in-process-fallback'; readonly reason: string };

export interface BridgeOptions {
  /** Returns null (or throws) when this environment has no usable Worker. */
  readonly createWorker: () => WorkerPort | null;
  /** Loaded lazily: the core and ELK should not weigh on the main bundle when the worker works. */
  readonly loadInProcess: () => Promise<InProcessHandler>;
  /** A load that takes longer than this is taken for a hung worker. */
  readonly timeoutMs?: number;
  /** How often one request may take the worker down before it is answered `failed`. */
  readonly maxRestartsPerRequest?: number;
  readonly timers?: BridgeTimers;
  readonly onEvent?: (event: BridgeEvent) => void;
}

export interface LoadInput {
  readonly text: string;
  readonly settings: Partial<ClusterSettings>;
  readonly view: ViewOptions;
}

/** A newer load was asked for before this one was answered; its answer, if any, is dropped. */
export interface SupersededOutcome {
  readonly type: 'superseded';
  readonly requestId: number;
}

export type LoadOutcome = LoadedReply | FailedReply | SupersededOutcome;

export type BridgeMode = 'worker' | 'in-process';

/** A query's answer, or why there is none (the worker failed, or no cluster was loaded yet). */
export type QueryOutcome<K extends QueryKind> = { readonly type: 'answer'; readonly result: QueryResult<K> } | FailedReply;

export interface Bridge {
  load(input: LoadInput): Promise<LoadOutcome>;
  /** Asks about the cluster of the last load. Queries run in order after the loads sent before them. */
  query<K extends QueryKind>(kind: K, params: QueryParams<K>): Promise<QueryOutcome<K>>;
  mode(): BridgeMode;
  dispose(): void;
}
