import type { ClusterGraph, GraphEdge, GraphNode, GraphNodeKind } from '../core';

/**
 * React Flow stays comfortable up to about a thousand DOM nodes (mounting 1,000 takes ~2.3 s in software
 * rendering). Past this budget the least structural objects are left out, pods first.
 */
export const MAX_DRAWN_NODES = 1000;

/** Which kinds survive first when the budget bites: the traffic path before the things it ends at. */
const KEEP_ORDER: readonly GraphNodeKind[] = [
  'client',
  'namespace',
  'loadbalancer',
  'ingress',
  'service',
  'endpoints',
  'endpointslice',
  'deployment',
  'statefulset',
  'daemonset',
  'replicaset',
  'node',
  'pod',
];

export interface DrawnGraph {
  readonly graph: ClusterGraph;
  readonly hiddenNodeCount: number;
}

/** Linear in nodes + edges: bucket by kind, take buckets in KEEP_ORDER until the budget is spent. */
export function selectDrawnGraph(graph: ClusterGraph, budget = MAX_DRAWN_NODES): DrawnGraph {
  if (graph.nodes.length <= budget) return { graph, hiddenNodeCount: 0 };
  const buckets = new Map<GraphNodeKind, GraphNode[]>();
  for (const node of graph.nodes) {
    const bucket = buckets.get(node.kind);
    if (bucket) bucket.push(node);
    else buckets.set(node.kind, [node]);
  }
  const kept = new Set<string>();
  for (const kind of KEEP_ORDER) {
    for (const node of buckets.get(kind) ?? []) {
      if (kept.size >= budget) break;
      // A pod whose Node was left out would have nowhere to be drawn.
      if (node.parentId !== undefined && !kept.has(node.parentId)) continue;
      kept.add(node.id);
    }
  }
  const nodes = graph.nodes.filter((node) => kept.has(node.id));
  const edges: GraphEdge[] = graph.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return { graph: { nodes, edges }, hiddenNodeCount: graph.nodes.length - nodes.length };
}
