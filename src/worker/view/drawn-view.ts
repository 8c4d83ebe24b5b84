import { buildGraph, diagnoseCluster, locatorForText, sortByLine, type Cluster, type ClusterGraph, type Diagnostic } from '../../core';
import type { NamespaceSummary, ObjectFacts, PodStack, ViewOptions } from '../../protocol';
import { selectDrawnGraph } from '../drawn-graph';
import { filterGraph } from './filter-graph';
import { foldNamespaces } from './fold-namespaces';
import { diagnosticNodeIds, labelsByNodeId, objectFactsFor, userNamespaces } from './graph-facts';
import { parseLabelSelector } from './label-selector';
import { stackPods } from './stack-pods';

export interface DrawnView {
  readonly graph: ClusterGraph;
  readonly hiddenNodeCount: number;
  readonly stacks: Readonly<Record<string, PodStack>>;
  readonly namespaceSummaries: Readonly<Record<string, NamespaceSummary>>;
  readonly diagnostics: readonly Diagnostic[];
  readonly diagnosticNodeIds: readonly (string | null)[];
  readonly namespaces: readonly string[];
  readonly viewProblem: string | null;
  readonly objectFacts: Readonly<Record<string, ObjectFacts>>;
}

/**
 * The cluster as the user asked to see it: filtered (namespaces, kinds, labels), replicas stacked, big
 * clusters folded a namespace per card, cut to the drawing budget; with every diagnostic (reading and findings) and the drawn node each one belongs on.
 */
export function drawView(cluster: Cluster, text: string, view: ViewOptions): DrawnView {
  const selector = view.labelSelector?.trim() ? parseLabelSelector(view.labelSelector) : undefined;
  const full = buildGraph(cluster, { includeSystem: view.showSystemObjects });
  const labels = view.labelSelector?.trim() ? labelsByNodeId(cluster) : new Map<string, Readonly<Record<string, string>>>();
  const filtered = filterGraph(
    full,
    {
      namespaces: view.namespaces && view.namespaces.length > 0 ? new Set(view.namespaces) : null,
      hiddenKinds: new Set(view.hiddenKinds ?? []),
      selector: selector?.ok ? selector.requirements : null,
    },
    (id) => labels.get(id),
  );
  const stacked = stackPods(filtered, new Set(view.expandedStacks ?? []));
  const folded = foldNamespaces(stacked.graph, stacked.stacks, new Set(view.expandedNamespaces ?? []));
  const drawn = selectDrawnGraph(folded.graph);
  const findings = diagnoseCluster(cluster, { locate: locatorForText(text) });
  const diagnostics = sortByLine([...cluster.diagnostics, ...findings]);
  const drawnIds = new Set(drawn.graph.nodes.map((n) => n.id));
  return {
    graph: drawn.graph,
    hiddenNodeCount: drawn.hiddenNodeCount,
    stacks: Object.fromEntries(Object.entries(folded.stacks).filter(([id]) => drawnIds.has(id))),
    namespaceSummaries: folded.summaries,
    diagnostics,
    diagnosticNodeIds: diagnosticNodeIds(diagnostics, drawnIds, (id) => stacked.stackOf.get(id) ?? folded.foldedInto.get(id)),
    namespaces: userNamespaces(cluster),
    viewProblem: selector && !selector.ok ? `Label filter not applied: ${selector.error}` : null,
    objectFacts: objectFactsFor(cluster, drawnIds),
  };
}
