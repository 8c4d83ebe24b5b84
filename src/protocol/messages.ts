import type { ClusterGraph, ClusterSettings, Diagnostic } from '../core';
import type { Answer, Query } from './queries';

/**
 * The one message union between the UI and the worker. Bump the version whenever a message changes shape:
 * a cached old worker bundle then answers `failed` instead of sending data the UI would misread.
 */
export const PROTOCOL_VERSION = 2;
export type ProtocolVersion = typeof PROTOCOL_VERSION;

/** How the UI wants the graph drawn. It changes the layout, so the worker needs it, not only the UI. */
export interface ViewOptions {
  /** Draw default/kubernetes, kube-dns and the CoreDNS pods. */
  readonly showSystemObjects: boolean;
}

interface Envelope {
  readonly requestId: number;
  readonly protocolVersion: ProtocolVersion;
}

export interface LoadRequest extends Envelope {
  readonly type: 'load';
  readonly text: string;
  readonly settings: Partial<ClusterSettings>;
  readonly view: ViewOptions;
}

export interface PingRequest extends Envelope {
  readonly type: 'ping';
}

/** A question about the cluster of the last `load` (see queries.ts). Queries never supersede each other. */
export interface QueryRequest extends Envelope {
  readonly type: 'query';
  readonly query: Query;
}

export type Request = LoadRequest | PingRequest | QueryRequest;

/**
 * A node's box. For a node with a parentId (a pod inside its Node) x and y are relative to the parent's
 * top-left corner, which is what React Flow expects for sub-flows.
 */
export interface NodeBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type NodePositions = Readonly<Record<string, NodeBox>>;

/** Which placement produced the positions: ELK for small graphs, structural columns for big ones. */
export type LayoutEngine = 'elk' | 'columns';

export interface ClusterCounts {
  readonly nodes: number;
  readonly pods: number;
  readonly readyPods: number;
  readonly services: number;
  readonly workloads: number;
  readonly ingresses: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface LoadedReply extends Envelope {
  readonly type: 'loaded';
  /** The graph as drawn: system objects filtered per the view, trimmed to the drawing budget. */
  readonly graph: ClusterGraph;
  readonly positions: NodePositions;
  readonly layout: LayoutEngine;
  /** Graph nodes left out to stay within the drawing budget. */
  readonly hiddenNodeCount: number;
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: ClusterCounts;
  /** The settings the core used, defaults filled in: the UI shows them without importing the core. */
  readonly settings: ClusterSettings;
  readonly parseMs: number;
  readonly layoutMs: number;
}

export interface FailedReply extends Envelope {
  readonly type: 'failed';
  readonly message: string;
}

export interface PongReply extends Envelope {
  readonly type: 'pong';
}

export interface AnswerReply extends Envelope {
  readonly type: 'answer';
  readonly answer: Answer;
}

export type Reply = LoadedReply | FailedReply | PongReply | AnswerReply;

/** Fills in the envelope so callers cannot forget the version. */
export function makeRequest<T extends Request>(body: Omit<T, 'protocolVersion'>): T {
  return { ...body, protocolVersion: PROTOCOL_VERSION } as T;
}

export function failedReply(requestId: number, message: string): FailedReply {
  return { type: 'failed', requestId, protocolVersion: PROTOCOL_VERSION, message };
}
