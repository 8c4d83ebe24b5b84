import type { ClusterSettings, EditDone, IptablesRuleset, ManifestEdit, NftTable, ProxyMode, Trace, TraceRequest, TrafficResult, TrafficSpec } from '../core';
import type { InspectResult, LessonRequest, LessonStep } from '../core';

/**
 * A lesson over the current cluster: the request it sends, the trace the canvas plays, and the steps in
 * both languages (switching language does not ask again). A cluster with no Service to call has no lesson.
 */
export type LessonAnswer =
  | {
      readonly type: 'lesson';
      /** The example the lesson introduces, when the text is still that example's manifests. */
      readonly exampleId: string | null;
      readonly request: LessonRequest;
      readonly trace: Trace;
      readonly steps: { readonly en: readonly LessonStep[]; readonly zh: readonly LessonStep[] };
    }
  | { readonly type: 'no-service' };

/**
 * Questions the UI asks about the cluster the worker built last (`load`). One entry per kind: what the UI
 * sends and what it gets back. A feature adds its kind here and a handler in src/worker/queries/; the
 * bridge and the envelope need no change.
 */
export interface QueryMap {
  /** One request, traced hop by hop. `seed` pins the random choices (share links, tests). */
  readonly trace: { readonly params: { readonly request: TraceRequest; readonly seed?: number }; readonly result: Trace };
  /** Many requests over simulated time; the worker keeps affinity and rotation state between them. */
  readonly traffic: { readonly params: { readonly spec: TrafficSpec }; readonly result: TrafficResult };
  /** A node's rule table in a proxy mode: the text a node shows, and the structured rules for highlighting. */
  readonly rules: {
    readonly params: { readonly node: string; readonly mode: ProxyMode };
    readonly result: {
      readonly text: string;
      readonly iptables?: IptablesRuleset;
      readonly nftables?: NftTable;
    };
  };
  /**
   * Everything the inspector shows about one graph node: YAML as pasted and defaulted, kubectl's printouts,
   * DNS names, and (Nodes, Services) a rule listing tagged by rule id and Service. `text` is the editor text
   * the cluster was read from, for the as-pasted slice; `rules` picks the listing (default: the cluster's
   * kube-proxy mode; for a Service, the first schedulable node).
   */
  readonly inspect: {
    readonly params: {
      readonly nodeId: string;
      readonly text?: string;
      readonly rules?: { readonly mode?: ProxyMode; readonly node?: string };
    };
    readonly result: InspectResult;
  };
  /**
   * A what-if as an edit of the manifests text (the editor stays the source of truth). Needs no loaded
   * cluster; `settings` name generated pods the way the UI's cluster does. A refused edit is a `failed` reply.
   */
  readonly edit: {
    readonly params: { readonly text: string; readonly edit: ManifestEdit; readonly settings?: Partial<ClusterSettings> };
    /** `summary` is the core's English; `done` the same as data, which the UI words in its language. */
    readonly result: { readonly text: string; readonly changed: boolean; readonly summary: string; readonly done: EditDone; readonly line?: number };
  };
  /**
   * A lesson (see LessonAnswer). `exampleId` names the built-in example the text still is (null: pasted or
   * edited text, whose lesson calls its first Service). `seed` starts the trace from a fresh simulation
   * state, so a lesson replays the same way (default: the cluster's seed).
   */
  readonly lesson: {
    readonly params: { readonly exampleId?: string | null; readonly seed?: number };
    readonly result: LessonAnswer;
  };
}

export type QueryKind = keyof QueryMap;
export type QueryParams<K extends QueryKind> = QueryMap[K]['params'];
export type QueryResult<K extends QueryKind> = QueryMap[K]['result'];

/** The `query` request body: a kind and its params, correlated by the type system. */
export type Query = { [K in QueryKind]: { readonly kind: K; readonly params: QueryParams<K> } }[QueryKind];
export type Answer = { [K in QueryKind]: { readonly kind: K; readonly result: QueryResult<K> } }[QueryKind];
