import type { ClusterGraph, ClusterSettings, Diagnostic } from '../core';
import type { LoadOutcome } from '../bridge';
import type { ClusterCounts, LayoutContinuity, LayoutEngine, NamespaceIsland, NamespaceSummary, NodePositions, ObjectFacts, PodStack } from '../protocol';

export type LoadStatus = 'idle' | 'parsing' | 'ready' | 'failed';

export interface ClusterState {
  readonly status: LoadStatus;
  /** The last graph worth showing; null until the first answer. */
  readonly graph: ClusterGraph | null;
  readonly positions: NodePositions;
  readonly layout: LayoutEngine | null;
  readonly hiddenNodeCount: number;
  /** Bumped whenever the graph is replaced, so the canvas knows to fit it into view. */
  readonly graphRevision: number;
  /** Diagnostics of the newest answered text, even when its graph was not shown. */
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: ClusterCounts | null;
  /** The settings the core last used, defaults included. */
  readonly effectiveSettings: ClusterSettings | null;
  /** The newest text could not be read; the graph on screen comes from an earlier text. */
  readonly graphIsStale: boolean;
  readonly failure: string | null;
  readonly timings: { readonly parseMs: number; readonly layoutMs: number } | null;
  /** Diagnostics about a drawn object, by the node they are drawn on (a finding's badge). */
  readonly findingsByNode: Readonly<Record<string, readonly Diagnostic[]>>;
  /** Pod stacks drawn in place of pods, by node id. */
  readonly stacks: Readonly<Record<string, PodStack>>;
  /** Namespaces folded into one card, by the card's node id. */
  readonly namespaceSummaries: Readonly<Record<string, NamespaceSummary>>;
  /** Namespaces drawn as a box around their objects (none with a single namespace). */
  readonly islands: readonly NamespaceIsland[];
  /** Namespaces of the user's objects, for the filter. */
  readonly namespaces: readonly string[];
  readonly viewProblem: string | null;
  /** Current values for the graph's what-if controls, by node id. */
  readonly objectFacts: Readonly<Record<string, ObjectFacts>>;
  /** How the new positions relate to the last ones: only a `fresh` picture is fitted to the view again. */
  readonly layoutContinuity: LayoutContinuity;
}

export const INITIAL_CLUSTER_STATE: ClusterState = {
  status: 'idle',
  graph: null,
  positions: {},
  layout: null,
  hiddenNodeCount: 0,
  graphRevision: 0,
  diagnostics: [],
  counts: null,
  effectiveSettings: null,
  graphIsStale: false,
  failure: null,
  timings: null,
  findingsByNode: {},
  stacks: {},
  namespaceSummaries: {},
  islands: [],
  namespaces: [],
  viewProblem: null,
  objectFacts: {},
  layoutContinuity: 'fresh',
};

/** Groups diagnostics by the node the worker attached them to (index-aligned arrays in the reply). */
export function groupFindingsByNode(diagnostics: readonly Diagnostic[], nodeIds: readonly (string | null)[]): Record<string, Diagnostic[]> {
  const out: Record<string, Diagnostic[]> = {};
  diagnostics.forEach((diagnostic, index) => {
    const id = nodeIds[index];
    if (id) (out[id] ??= []).push(diagnostic);
  });
  return out;
}

/** A YAML or input-size error means part of the text was not read: its graph would lie by omission. */
export function isUnreadableTextCode(code: string): boolean {
  return code.startsWith('YAML_') || code.startsWith('INPUT_');
}

/**
 * What an answer from the worker does to the cluster state. Diagnostics always follow the newest text;
 * the graph only when that text was fully read, or when there is nothing better to show yet.
 */
export function applyLoadOutcome(state: ClusterState, outcome: LoadOutcome): ClusterState {
  switch (outcome.type) {
    case 'superseded':
      // A newer load is running and will answer; nothing to change.
      return state;
    case 'failed':
      return { ...state, status: 'failed', failure: outcome.message };
    case 'loaded': {
      const common = {
        status: 'ready' as const,
        failure: null,
        diagnostics: outcome.diagnostics,
        counts: outcome.counts,
        effectiveSettings: outcome.settings,
        timings: { parseMs: outcome.parseMs, layoutMs: outcome.layoutMs },
      };
      const unreadable = outcome.diagnostics.some((d) => isUnreadableTextCode(d.code));
      if (unreadable && state.graph !== null) return { ...state, ...common, graphIsStale: true };
      return {
        ...state,
        ...common,
        findingsByNode: groupFindingsByNode(outcome.diagnostics, outcome.diagnosticNodeIds),
        stacks: outcome.stacks,
        namespaceSummaries: outcome.namespaceSummaries,
        islands: outcome.islands,
        namespaces: outcome.namespaces,
        viewProblem: outcome.viewProblem,
        objectFacts: outcome.objectFacts,
        layoutContinuity: outcome.layoutContinuity,
        graph: outcome.graph,
        positions: outcome.positions,
        layout: outcome.layout,
        hiddenNodeCount: outcome.hiddenNodeCount,
        graphRevision: state.graphRevision + 1,
        graphIsStale: false,
      };
    }
    default:
      return assertNever(outcome);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled outcome ${JSON.stringify(value)}`);
}
