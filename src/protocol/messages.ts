import type { ClusterGraph, ClusterSettings, Diagnostic, GraphNodeKind } from '../core';
import type { Answer, Query } from './queries';

/**
 * The one message union between the UI and the worker. Bump the version whenever a message changes shape:
 * a cached old worker bundle then answers `failed` instead of sending data the UI would misread.
 */
export const PROTOCOL_VERSION = 3;
export type ProtocolVersion = typeof PROTOCOL_VERSION;

/** How the UI wants the graph drawn. It changes the layout, so the worker needs it, not only the UI. */
export interface ViewOptions {
  /** Draw default/kubernetes, kube-dns and the CoreDNS pods. */
  readonly showSystemObjects: boolean;
  /** Draw only these namespaces (and the Nodes their pods run on); empty or absent: all. */
  readonly namespaces?: readonly string[];
  /** Kinds not to draw; edges through a hidden object join its neighbours (Deployment → pod without the ReplicaSet). */
  readonly hiddenKinds?: readonly GraphNodeKind[];
  /** A kubectl-style label selector (`app=web,tier!=db`): draw matching pods and what routes or owns them. */
  readonly labelSelector?: string;
  /** Pod stacks (see PodStack) the user opened, by id. */
  readonly expandedStacks?: readonly string[];
  /** Namespaces drawn object by object although the cluster is big enough to fold them (see NamespaceSummary). */
  readonly expandedNamespaces?: readonly string[];
}

/**
 * A namespace folded into one card (graph node kind `namespace`, id `namespace/<name>`), which the worker
 * does when the drawn graph is too big to read; its pods become one stack per Node (workload kind
 * `Namespace`). `memberNames` lets search find an object folded inside.
 */
export interface NamespaceSummary {
  readonly namespace: string;
  readonly memberNames: readonly string[];
}

/**
 * Pods of one workload on one Node, drawn as a single card (`myapp ×4`) to keep big clusters readable.
 * The stack's graph node has kind `pod` and this id; edges to its pods end at the stack.
 */
export interface PodStack {
  /** `stack/<Node>/<namespace>/<Kind>/<workload>`: stable across edits, so an opened stack stays open. */
  readonly id: string;
  readonly namespace: string;
  readonly workload: { readonly kind: string; readonly name: string };
  readonly nodeName?: string;
  readonly podNames: readonly string[];
  readonly ready: number;
  readonly terminating: number;
}

/**
 * The current values a what-if control starts from (a Service's type, a workload's replicas), for drawn
 * objects: the page does not load the core, so the worker says them.
 */
export type ObjectFacts =
  | {
      readonly kind: 'workload';
      readonly namespace: string;
      readonly name: string;
      readonly replicas: number;
      /** What scaling edits: the workload itself, or the Deployment behind a ReplicaSet it made. */
      readonly scale: { readonly kind: 'Deployment' | 'ReplicaSet' | 'StatefulSet'; readonly name: string } | null;
    }
  | {
      readonly kind: 'service';
      readonly namespace: string;
      readonly name: string;
      readonly type: string;
      readonly externalTrafficPolicy: string | null;
      readonly sessionAffinity: string;
      readonly selector: Readonly<Record<string, string>> | null;
      readonly headless: boolean;
    }
  | {
      readonly kind: 'pod';
      readonly namespace: string;
      readonly name: string;
      readonly ready: boolean;
      readonly terminating: boolean;
      /** The workload that made it (its what-ifs are written there), unless the Pod is in the text itself. */
      readonly owner: { readonly kind: string; readonly name: string } | null;
    };

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

/**
 * A namespace drawn as a labelled box around its Services, Endpoints, workloads, Ingresses and load
 * balancers, when the drawn graph holds objects of two or more namespaces. Its box is in `positions` under
 * `id`, and its members' boxes are relative to it (as pods' are to their Node).
 */
export interface NamespaceIsland {
  readonly id: string;
  readonly namespace: string;
  readonly memberIds: readonly string[];
}

export interface LoadedReply extends Envelope {
  readonly type: 'loaded';
  /** The graph as drawn: system objects filtered per the view, trimmed to the drawing budget. */
  readonly graph: ClusterGraph;
  readonly positions: NodePositions;
  readonly layout: LayoutEngine;
  /** Graph nodes left out to stay within the drawing budget. */
  readonly hiddenNodeCount: number;
  /** What reading the text found and what the findings engine (diagnoseCluster) found, sorted by line. */
  readonly diagnostics: readonly Diagnostic[];
  /** Per diagnostic (same index), the drawn node it concerns (a stack for a stacked pod), or null. */
  readonly diagnosticNodeIds: readonly (string | null)[];
  /** Stacks drawn in place of pods, by their node id. */
  readonly stacks: Readonly<Record<string, PodStack>>;
  /** Folded namespaces drawn as one card, by the card's node id. */
  readonly namespaceSummaries: Readonly<Record<string, NamespaceSummary>>;
  /** Namespaces drawn as islands (none when the graph holds one namespace). */
  readonly islands: readonly NamespaceIsland[];
  /** Every namespace of the user's objects, for the filter (the drawn graph may show fewer). */
  readonly namespaces: readonly string[];
  /** Why part of the view was not applied (an unreadable label selector), or null. */
  readonly viewProblem: string | null;
  /** What the graph's what-if controls need to know about drawn objects, by node id. */
  readonly objectFacts: Readonly<Record<string, ObjectFacts>>;
  readonly counts: ClusterCounts;
  /** The settings the core used, defaults filled in: the UI shows them without importing the core. */
  readonly settings: ClusterSettings;
  readonly parseMs: number;
  readonly layoutMs: number;
  /** How the positions relate to the previous answer's: see src/worker/stable-layout.ts. */
  readonly layoutContinuity: LayoutContinuity;
}

/**
 * `kept`: nothing drawn changed size, the previous positions were reused. `patched`: objects that were drawn
 * before kept their places, new ones went where a fresh layout puts them. `fresh`: a new picture (fit it to view).
 */
export type LayoutContinuity = 'kept' | 'patched' | 'fresh';

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
