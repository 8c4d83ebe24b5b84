import type { ClusterGraph, GraphEdge, GraphNode } from '../../core';
import type { PodStack } from '../../protocol';

/** A workload's pods on one Node become one card from this many on; fewer are clearer drawn one by one. */
export const MIN_STACK_SIZE = 3;

const WORKLOAD_KIND_NAMES: Readonly<Record<string, string>> = {
  deployment: 'Deployment',
  replicaset: 'ReplicaSet',
  statefulset: 'StatefulSet',
  daemonset: 'DaemonSet',
};

export interface StackedGraph {
  readonly graph: ClusterGraph;
  readonly stacks: Readonly<Record<string, PodStack>>;
  /** Pod id → the stack drawn in its place. */
  readonly stackOf: ReadonlyMap<string, string>;
}

/**
 * Replicas of a workload on the same Node collapse into one card, unless the user opened that stack.
 * Edges to the pods end at the stack (one per kind and source; an endpoint edge is dashed only when
 * every pod behind it is unready). Linear in nodes + edges.
 */
export function stackPods(graph: ClusterGraph, expanded: ReadonlySet<string>, minSize = MIN_STACK_SIZE): StackedGraph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const ownerOf = new Map<string, string>();
  for (const edge of graph.edges) if (edge.kind === 'owns') ownerOf.set(edge.target, edge.source);
  // A Deployment's pods belong to it through its ReplicaSet: the stack is named after the Deployment.
  const workloadOf = (podId: string): GraphNode | undefined => {
    const owner = byId.get(ownerOf.get(podId) ?? '');
    const above = owner?.kind === 'replicaset' ? byId.get(ownerOf.get(owner.id) ?? '') : undefined;
    return above ?? owner;
  };

  const groups = new Map<string, { workload: GraphNode; parent: GraphNode | undefined; pods: GraphNode[] }>();
  for (const node of graph.nodes) {
    if (node.kind !== 'pod') continue;
    const workload = workloadOf(node.id);
    if (!workload) continue;
    const key = `${node.parentId ?? ''}|${workload.id}`;
    const group = groups.get(key);
    if (group) group.pods.push(node);
    else groups.set(key, { workload, parent: node.parentId === undefined ? undefined : byId.get(node.parentId), pods: [node] });
  }

  const stacks: Record<string, PodStack> = {};
  const stackOf = new Map<string, string>();
  const stackNodes = new Map<string, GraphNode>();
  for (const { workload, parent, pods } of groups.values()) {
    if (pods.length < minSize) continue;
    const kind = WORKLOAD_KIND_NAMES[workload.kind] ?? workload.kind;
    const id = `stack/${parent?.label ?? '-'}/${workload.namespace}/${kind}/${workload.label}`;
    if (expanded.has(id)) continue;
    const stack = describeStack(id, workload, kind, parent, pods);
    stacks[id] = stack;
    for (const pod of pods) stackOf.set(pod.id, id);
    stackNodes.set(pods[0]?.id ?? id, stackNode(stack, workload, parent, pods));
  }
  if (stackOf.size === 0) return { graph, stacks, stackOf };

  // The stack takes its first pod's place in the order, so the layout sees the same sequence as before.
  const nodes: GraphNode[] = [];
  for (const node of graph.nodes) {
    const replacement = stackNodes.get(node.id);
    if (replacement) nodes.push(replacement);
    else if (!stackOf.has(node.id)) nodes.push(node);
  }
  return { graph: { nodes, edges: redirectEdges(graph.edges, stackOf) }, stacks, stackOf };
}

function describeStack(id: string, workload: GraphNode, kind: string, parent: GraphNode | undefined, pods: readonly GraphNode[]): PodStack {
  const states = pods.map((p) => p.details[1] ?? '');
  return {
    id,
    namespace: workload.namespace,
    workload: { kind, name: workload.label },
    ...(parent ? { nodeName: parent.label } : {}),
    podNames: pods.map((p) => p.label),
    ready: states.filter((s) => s === 'Ready').length,
    terminating: states.filter((s) => s === 'Terminating').length,
  };
}

function stackNode(stack: PodStack, workload: GraphNode, parent: GraphNode | undefined, pods: readonly GraphNode[]): GraphNode {
  const total = pods.length;
  const notReady = total - stack.ready - stack.terminating;
  const summary = [
    `${stack.ready}/${total} ready`,
    ...(notReady > 0 ? [`${notReady} not ready`] : []),
    ...(stack.terminating > 0 ? [`${stack.terminating} terminating`] : []),
  ];
  return {
    id: stack.id,
    kind: 'pod',
    label: `${workload.label} ×${total}`,
    namespace: workload.namespace,
    ...(parent ? { parentId: parent.id } : {}),
    // The second line is drawn as the stack's open button; the worker sizes the card for both.
    details: [summary.join(' · '), `Show ${total} pods`],
    status: pods.some((p) => p.status === 'error') ? 'error' : stack.ready === total ? 'ok' : 'warning',
    system: pods.every((p) => p.system),
  };
}

function redirectEdges(edges: readonly GraphEdge[], stackOf: ReadonlyMap<string, string>): GraphEdge[] {
  const out = new Map<string, GraphEdge>();
  for (const edge of edges) {
    const source = stackOf.get(edge.source) ?? edge.source;
    const target = stackOf.get(edge.target) ?? edge.target;
    if (source === edge.source && target === edge.target) {
      out.set(edge.id, edge);
      continue;
    }
    const id = `${edge.kind}:${source}->${target}`;
    const seen = out.get(id);
    if (!seen) {
      const { label: _label, ...rest } = edge;
      out.set(id, { ...rest, id, source, target });
    } else if (edge.ready === true && seen.ready === false) out.set(id, { ...seen, ready: true });
  }
  return [...out.values()];
}
