import type { ClusterGraph, GraphEdge, GraphNode } from '../../core';
import type { NamespaceSummary, PodStack } from '../../protocol';

/**
 * Past this many drawn nodes (after pod stacking) a cluster of several namespaces is shown a namespace per
 * card: 300 pods in 30 Deployments make ~210 nodes, a picture too tall to read at any zoom.
 */
export const AUTO_FOLD_NODES = 120;

const WORKLOADS = new Set(['deployment', 'statefulset', 'daemonset']);

export interface FoldedGraph {
  readonly graph: ClusterGraph;
  readonly stacks: Readonly<Record<string, PodStack>>;
  readonly summaries: Readonly<Record<string, NamespaceSummary>>;
  /** Node id → the card or namespace stack it is drawn in. */
  readonly foldedInto: ReadonlyMap<string, string>;
}

interface Tally {
  services: number;
  workloads: number;
  pods: number;
  ready: number;
  readonly members: string[];
}

/**
 * Folds every namespace the user did not open into a card (its Services, Endpoints, workloads, Ingresses)
 * and, per Node, one stack of its pods. Edges follow their ends into cards and stacks; an edge inside one
 * card disappears. Nothing happens to small graphs or to a single namespace.
 */
export function foldNamespaces(
  graph: ClusterGraph,
  stacks: Readonly<Record<string, PodStack>>,
  expanded: ReadonlySet<string>,
  threshold = AUTO_FOLD_NODES,
): FoldedGraph {
  const unchanged: FoldedGraph = { graph, stacks, summaries: {}, foldedInto: new Map() };
  const namespaces = new Set(graph.nodes.filter((n) => n.namespace !== '').map((n) => n.namespace));
  if (graph.nodes.length <= threshold || namespaces.size < 2) return unchanged;
  const folded = new Set([...namespaces].filter((ns) => !expanded.has(ns)));
  if (folded.size === 0) return unchanged;

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const foldedInto = new Map<string, string>();
  const tallies = new Map<string, Tally>();
  const podGroups = new Map<string, { ns: string; parent: GraphNode | undefined; names: string[]; ready: number; terminating: number }>();
  // The first object folded into a card or stack marks where it stands in the order.
  const placeholders = new Map<string, string>();
  const placed = new Set<string>();
  const placeAt = (nodeId: string, into: string): void => {
    if (placed.has(into)) return;
    placed.add(into);
    placeholders.set(nodeId, into);
  };
  for (const node of graph.nodes) {
    if (!folded.has(node.namespace)) continue;
    const ns = node.namespace;
    const tally = tallies.get(ns) ?? { services: 0, workloads: 0, pods: 0, ready: 0, members: [] };
    tallies.set(ns, tally);
    if (node.kind === 'pod') {
      const stack = stacks[node.id];
      const parent = node.parentId === undefined ? undefined : byId.get(node.parentId);
      const id = `stack/${parent?.label ?? '-'}/${ns}/Namespace/${ns}`;
      const group = podGroups.get(id) ?? { ns, parent, names: [], ready: 0, terminating: 0 };
      podGroups.set(id, group);
      placeAt(node.id, id);
      group.names.push(...(stack ? stack.podNames : [node.label]));
      group.ready += stack ? stack.ready : node.details[1] === 'Ready' ? 1 : 0;
      group.terminating += stack ? stack.terminating : node.details[1] === 'Terminating' ? 1 : 0;
      foldedInto.set(node.id, id);
      continue;
    }
    const card = `namespace/${ns}`;
    placeAt(node.id, card);
    foldedInto.set(node.id, card);
    if (node.kind === 'service') tally.services += 1;
    if (WORKLOADS.has(node.kind)) tally.workloads += 1;
    if (node.kind !== 'endpoints' && node.kind !== 'endpointslice') tally.members.push(node.label);
  }
  for (const group of podGroups.values()) {
    const tally = tallies.get(group.ns);
    if (!tally) continue;
    tally.pods += group.names.length;
    tally.ready += group.ready;
    tally.members.push(...group.names);
  }

  const nextStacks: Record<string, PodStack> = {};
  for (const [id, stack] of Object.entries(stacks)) if (!foldedInto.has(id)) nextStacks[id] = stack;
  const replacements = new Map<string, GraphNode>();
  for (const [id, group] of podGroups) {
    const stack: PodStack = {
      id,
      namespace: group.ns,
      workload: { kind: 'Namespace', name: group.ns },
      ...(group.parent ? { nodeName: group.parent.label } : {}),
      podNames: group.names,
      ready: group.ready,
      terminating: group.terminating,
    };
    nextStacks[id] = stack;
    replacements.set(id, namespaceStackNode(stack, group.parent));
  }
  const summaries: Record<string, NamespaceSummary> = {};
  for (const [ns, tally] of tallies) {
    const id = `namespace/${ns}`;
    summaries[id] = { namespace: ns, memberNames: tally.members };
    replacements.set(id, namespaceCard(id, ns, tally));
  }

  const nodes: GraphNode[] = [];
  for (const node of graph.nodes) {
    const placeholder = placeholders.get(node.id);
    const replacement = placeholder === undefined ? undefined : replacements.get(placeholder);
    if (replacement) nodes.push(replacement);
    else if (!foldedInto.has(node.id)) nodes.push(node);
  }
  return { graph: { nodes, edges: foldEdges(graph.edges, foldedInto) }, stacks: nextStacks, summaries, foldedInto };
}

function namespaceCard(id: string, ns: string, tally: Tally): GraphNode {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    id,
    kind: 'namespace',
    label: ns,
    namespace: ns,
    // The last line is drawn as the card's open button; the worker sizes the card for all three.
    details: [
      `${plural(tally.services, 'service')} · ${plural(tally.workloads, 'workload')}`,
      `${plural(tally.pods, 'pod')} (${tally.ready} ready)`,
      'Show namespace',
    ],
    status: tally.ready === tally.pods ? 'ok' : 'warning',
    system: false,
    facts: { type: 'namespace', services: tally.services, workloads: tally.workloads, pods: tally.pods, ready: tally.ready },
  };
}

function namespaceStackNode(stack: PodStack, parent: GraphNode | undefined): GraphNode {
  const total = stack.podNames.length;
  return {
    id: stack.id,
    kind: 'pod',
    label: `${stack.namespace} ×${total}`,
    namespace: stack.namespace,
    ...(parent ? { parentId: parent.id } : {}),
    details: [`${stack.ready}/${total} ready`, 'Show namespace'],
    status: stack.ready === total ? 'ok' : 'warning',
    system: false,
  };
}

/** Edges follow their ends into cards and stacks: one per pair of ends, none inside a card. */
function foldEdges(edges: readonly GraphEdge[], foldedInto: ReadonlyMap<string, string>): GraphEdge[] {
  const out = new Map<string, GraphEdge>();
  for (const edge of edges) {
    const source = foldedInto.get(edge.source) ?? edge.source;
    const target = foldedInto.get(edge.target) ?? edge.target;
    if (source === edge.source && target === edge.target) {
      out.set(edge.id, edge);
      continue;
    }
    if (source === target) continue;
    const id = `${edge.kind === 'runs-on' ? 'runs-on' : 'folded'}:${source}->${target}`;
    if (out.has(id)) continue;
    // A folded edge stands for many: neither one label nor one readiness fits it.
    const { label: _label, ready: _ready, ...rest } = edge;
    out.set(id, { ...rest, id, source, target });
  }
  return [...out.values()];
}
