import type { ClusterGraph, GraphEdge, GraphNode, GraphNodeKind } from '../../core';
import { matchesLabels, type LabelRequirement } from './label-selector';

export interface GraphFilter {
  /** null: every namespace. */
  readonly namespaces: ReadonlySet<string> | null;
  readonly hiddenKinds: ReadonlySet<GraphNodeKind>;
  /** null: no label filter. */
  readonly selector: readonly LabelRequirement[] | null;
}

export type LabelsOf = (nodeId: string) => Readonly<Record<string, string>> | undefined;

const WORKLOAD_KINDS: ReadonlySet<GraphNodeKind> = new Set(['deployment', 'statefulset', 'daemonset', 'replicaset']);

/**
 * Cuts the graph down to what the user asked to see, before stacking and layout (a filtered big cluster then
 * fits the drawing budget). A label filter keeps the matching pods (and workloads) and everything upstream of
 * them: the Services, Endpoints, Ingresses and load balancers that route to them, the workloads that own them,
 * the Nodes they run on. Hidden kinds are bridged: their neighbours are joined by an edge.
 */
export function filterGraph(graph: ClusterGraph, filter: GraphFilter, labelsOf: LabelsOf): ClusterGraph {
  const scoped = filter.namespaces !== null || filter.selector !== null;
  if (!scoped && filter.hiddenKinds.size === 0) return graph;
  const kept = scoped ? scope(graph, filter, labelsOf) : new Set(graph.nodes.map((n) => n.id));
  return hideKinds(graph, kept, filter.hiddenKinds);
}

function scope(graph: ClusterGraph, filter: GraphFilter, labelsOf: LabelsOf): Set<string> {
  const inNamespace = (node: GraphNode): boolean => filter.namespaces === null || filter.namespaces.has(node.namespace);
  const layoutEdges = graph.edges.filter((e) => e.kind !== 'runs-on');
  let kept: Set<string>;
  if (filter.selector === null) {
    kept = new Set(graph.nodes.filter((n) => n.namespace !== '' && inNamespace(n)).map((n) => n.id));
  } else {
    const selector = filter.selector;
    const seeds = graph.nodes.filter(
      (n) => (n.kind === 'pod' || WORKLOAD_KINDS.has(n.kind)) && inNamespace(n) && matchesLabels(selector, labelsOf(n.id) ?? {}),
    );
    const allowed = new Set(graph.nodes.filter((n) => n.namespace === '' || inNamespace(n)).map((n) => n.id));
    kept = upstream(
      seeds.map((n) => n.id),
      layoutEdges,
      allowed,
    );
  }
  // The outside client (and anything cluster-scoped but Nodes) stays when it leads into what is kept.
  for (const edge of layoutEdges) if (edge.source === 'client/external' && kept.has(edge.target)) kept.add(edge.source);
  // Nodes stay when they host a kept pod: a namespace's view shows where its pods run.
  for (const node of graph.nodes) if (node.parentId !== undefined && kept.has(node.id)) kept.add(node.parentId);
  return kept;
}

/** Seeds and every node with a path of edges into them. */
function upstream(seeds: readonly string[], edges: readonly GraphEdge[], allowed: ReadonlySet<string>): Set<string> {
  const into = new Map<string, string[]>();
  for (const edge of edges) {
    const list = into.get(edge.target);
    if (list) list.push(edge.source);
    else into.set(edge.target, [edge.source]);
  }
  const kept = new Set(seeds);
  const queue = [...seeds];
  for (let id = queue.pop(); id !== undefined; id = queue.pop())
    for (const source of into.get(id) ?? [])
      if (!kept.has(source) && allowed.has(source)) {
        kept.add(source);
        queue.push(source);
      }
  return kept;
}

function hideKinds(graph: ClusterGraph, scoped: ReadonlySet<string>, hidden: ReadonlySet<GraphNodeKind>): ClusterGraph {
  const hiddenIds = new Set(graph.nodes.filter((n) => scoped.has(n.id) && hidden.has(n.kind)).map((n) => n.id));
  const kept = (id: string): boolean => scoped.has(id) && !hiddenIds.has(id);
  const nodes = graph.nodes.filter((n) => kept(n.id)).map((n) => (n.parentId !== undefined && !kept(n.parentId) ? withoutParent(n) : n));
  const edges: GraphEdge[] = [];
  const ids = new Set<string>();
  const push = (edge: GraphEdge): void => {
    if (ids.has(edge.id)) return;
    ids.add(edge.id);
    edges.push(edge);
  };
  for (const edge of graph.edges) if (kept(edge.source) && kept(edge.target)) push(edge);
  // Bridge each hidden object: Deployment → pod without the ReplicaSet, Service → pod without the Endpoints.
  const into = new Map<string, GraphEdge[]>();
  const outOf = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (e.kind === 'runs-on') continue;
    if (hiddenIds.has(e.target) && kept(e.source)) append(into, e.target, e);
    if (hiddenIds.has(e.source) && kept(e.target)) append(outOf, e.source, e);
  }
  for (const id of hiddenIds) {
    const ins = into.get(id) ?? [];
    const outs = outOf.get(id) ?? [];
    for (const a of ins)
      for (const b of outs)
        push({
          id: `${b.kind}:${a.source}->${b.target}`,
          kind: b.kind,
          source: a.source,
          target: b.target,
          ...(b.ready !== undefined ? { ready: b.ready } : {}),
        });
  }
  return { nodes, edges };
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function withoutParent(node: GraphNode): GraphNode {
  const { parentId: _dropped, ...rest } = node;
  return rest;
}
