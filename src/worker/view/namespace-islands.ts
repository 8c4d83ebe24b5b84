import type { ClusterGraph, GraphNode, GraphNodeKind } from '../../core';
import { islandGraphNode, type NamespaceIsland } from '../../protocol';

/**
 * The namespaced objects that sit inside their namespace's island. Pods stay in their Node's box (a box
 * cannot be in two boxes, and Nodes are cluster-wide); the client is outside the cluster; a folded
 * namespace card already stands for its whole namespace.
 */
const ISLAND_KINDS: ReadonlySet<GraphNodeKind> = new Set([
  'loadbalancer',
  'ingress',
  'service',
  'endpoints',
  'endpointslice',
  'deployment',
  'statefulset',
  'daemonset',
  'replicaset',
]);

const ISLAND_ID_PREFIX = 'island/';

export function islandId(namespace: string): string {
  return `${ISLAND_ID_PREFIX}${namespace}`;
}

export function isIslandId(id: string | undefined): boolean {
  return id !== undefined && id.startsWith(ISLAND_ID_PREFIX);
}

/**
 * One island per namespace of the drawn top-level objects, only when there are two or more user
 * namespaces among them: with one, a frame would say nothing. Sorted by namespace, members in graph order.
 */
export function findIslands(graph: ClusterGraph): NamespaceIsland[] {
  const members = new Map<string, string[]>();
  let userNamespaces = 0;
  for (const node of graph.nodes) {
    if (!ISLAND_KINDS.has(node.kind) || node.parentId !== undefined || node.namespace === '') continue;
    const list = members.get(node.namespace);
    if (list) list.push(node.id);
    else {
      members.set(node.namespace, [node.id]);
      if (!node.system) userNamespaces += 1;
    }
  }
  if (userNamespaces < 2) return [];
  return [...members.keys()].sort().map((namespace) => ({ id: islandId(namespace), namespace, memberIds: members.get(namespace) ?? [] }));
}

/**
 * The graph the layout sees: an island is a group node (kind 'namespace', which a folded card also uses,
 * told apart by its id) and its members are its children, as pods are a Node's. The UI gets the drawn
 * graph unchanged and the islands beside it.
 */
export function withIslands(graph: ClusterGraph, islands: readonly NamespaceIsland[]): ClusterGraph {
  if (islands.length === 0) return graph;
  const islandOf = new Map<string, string>();
  for (const island of islands) for (const id of island.memberIds) islandOf.set(id, island.id);
  const groups: GraphNode[] = islands.map(islandGraphNode);
  const nodes = graph.nodes.map((node) => {
    const parentId = islandOf.get(node.id);
    return parentId === undefined ? node : { ...node, parentId };
  });
  return { nodes: [...groups, ...nodes], edges: graph.edges };
}
