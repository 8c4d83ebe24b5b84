import type { GraphNode } from '../../../core';
import type { NamespaceSummary, PodStack } from '../../../protocol';

/** A drawn node whose name matches the search; `inside` names the object when it is folded into the node. */
export interface SearchMatch {
  readonly nodeId: string;
  readonly label: string;
  readonly inside?: string;
}

/**
 * Nodes whose name contains the query (case-insensitive), in graph order. A pod drawn in a stack, or an
 * object in a folded namespace, matches through the stack or card, which is what can be ringed and zoomed to.
 */
export function findSearchMatches(
  nodes: readonly GraphNode[],
  stacks: Readonly<Record<string, PodStack>>,
  query: string,
  folded: Readonly<Record<string, NamespaceSummary>> = {},
): SearchMatch[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const has = (name: string): boolean => name.toLowerCase().includes(needle);
  const matches: SearchMatch[] = [];
  for (const node of nodes) {
    const members = stacks[node.id]?.podNames ?? folded[node.id]?.memberNames;
    if (has(node.label)) matches.push({ nodeId: node.id, label: node.label });
    else {
      const inside = members?.find(has);
      if (inside !== undefined) matches.push({ nodeId: node.id, label: node.label, inside });
    }
  }
  return matches;
}

/** "3 of 12" style position, wrapping both ways. */
export function wrapIndex(index: number, count: number): number {
  return count === 0 ? 0 : ((index % count) + count) % count;
}
