import type { GraphNode } from '../core';
import type { NamespaceIsland } from './messages';

/**
 * An island as a graph node: the group the worker's layout frames its members in (kind 'namespace', as a
 * folded namespace card, told apart by its id), and the stand-in data the canvas's node components read.
 * One definition, so the box the worker sizes and the node the UI draws are the same node.
 */
export function islandGraphNode(island: NamespaceIsland): GraphNode {
  return {
    id: island.id,
    kind: 'namespace',
    label: island.namespace,
    namespace: island.namespace,
    details: [],
    status: 'neutral',
    system: false,
  };
}
