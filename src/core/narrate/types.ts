import type { Hop, Outcome, TraceRequest, TraceSource } from '../simulate/types';

export type NarrationLang = 'en' | 'zh';

/** Who a hop happens at, read from `hop.at`. */
export type Who =
  | { readonly type: 'pod'; readonly namespace: string; readonly name: string }
  | { readonly type: 'node'; readonly name: string }
  | { readonly type: 'client'; readonly ip?: string }
  | { readonly type: 'load-balancer'; readonly namespace: string; readonly name: string }
  | { readonly type: 'dns' }
  | { readonly type: 'other'; readonly at: string };

/**
 * What narrateTrace knows around a hop that the hop alone does not say. narrateHop works without it and
 * then words a few sentences more neutrally (a reply hop, for instance, cannot tell who answers and who
 * receives without its neighbours).
 */
export interface HopNarrationContext {
  /** The node of the hop before, to say "the packet reaches node2" when it changes. */
  readonly previousNode?: string;
  /** For a reply hop without a rule: the server answering, or the client receiving. */
  readonly replyRole?: 'answer' | 'receive';
  readonly request?: TraceRequest;
  readonly outcome?: Outcome;
}

/**
 * A built-in scenario as a lesson reads it: structurally what src/examples' Example has. The Chinese fields
 * and the suggested request are optional here, so a lesson also works for an example without them.
 */
export interface LessonExample {
  readonly id: string;
  readonly title: string;
  readonly titleZh?: string;
  readonly description: string;
  readonly descriptionZh?: string;
  readonly suggestedRequest?: { readonly source: TraceSource; readonly target: string };
}

export interface LessonStep {
  readonly title: string;
  readonly narration: string;
  /** What the UI should point at: a graph node id (buildGraph's nodeId), a hop of the trace, a rule id. */
  readonly lookAt: { readonly nodeId?: string; readonly hopIndex?: number; readonly ruleId?: string };
}

export type { Hop };
