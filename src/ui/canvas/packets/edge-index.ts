import type { ClusterGraph } from '../../../core';

export type EdgeDirection = 'forward' | 'backward' | null;

/** Which drawn edges join two nodes, so packets follow the line a trainer sees. */
export function indexEdges(graph: ClusterGraph | null): (a: string, b: string) => EdgeDirection {
  const pairs = new Set<string>();
  for (const edge of graph?.edges ?? []) if (edge.kind !== 'runs-on') pairs.add(`${edge.source}\n${edge.target}`);
  return (a, b) => (pairs.has(`${a}\n${b}`) ? 'forward' : pairs.has(`${b}\n${a}`) ? 'backward' : null);
}

let cache: { readonly graph: ClusterGraph | null; readonly between: (a: string, b: string) => EdgeDirection } | null = null;

export function cachedEdgeIndex(graph: ClusterGraph | null): (a: string, b: string) => EdgeDirection {
  if (cache?.graph !== graph) cache = { graph, between: indexEdges(graph) };
  return cache.between;
}
