import { nodeId, type Cluster, type Diagnostic, type ObjectRef } from '../../core';
import type { ObjectFacts } from '../../protocol';

/**
 * What the drawn graph needs from the cluster beyond buildGraph's nodes: labels for the label filter and
 * the node each diagnostic concerns. Ids come from the core's own nodeId, so they always match the graph.
 */
export function labelsByNodeId(cluster: Cluster): Map<string, Readonly<Record<string, string>>> {
  const labels = new Map<string, Readonly<Record<string, string>>>();
  for (const pod of cluster.pods) labels.set(nodeId.pod(pod.meta.namespace, pod.meta.name), pod.meta.labels);
  for (const w of cluster.workloads) {
    // A workload matches a label filter the way its pods would: by the pod template's labels.
    labels.set(nodeId.workload(w.kind, w.meta.namespace, w.meta.name), w.template.labels);
    if (w.replicaSetName) labels.set(nodeId.workload('ReplicaSet', w.meta.namespace, w.replicaSetName), w.template.labels);
  }
  return labels;
}

/** Every namespace the user's objects live in, sorted: the choices of the namespace filter. */
export function userNamespaces(cluster: Cluster): string[] {
  const names = new Set<string>();
  for (const list of [cluster.pods, cluster.services, cluster.workloads, cluster.ingresses] as const)
    for (const object of list) if (!object.meta.system && object.meta.namespace !== '') names.add(object.meta.namespace);
  return [...names].sort();
}

const CLUSTER_SCOPED = new Set(['Node', 'Namespace', 'IngressClass']);

function graphIdOf(ref: ObjectRef): string | undefined {
  const ns = CLUSTER_SCOPED.has(ref.kind) ? '' : ref.namespace || 'default';
  switch (ref.kind) {
    case 'Service':
      return nodeId.service(ns, ref.name);
    case 'Endpoints':
      return nodeId.endpoints(ns, ref.name);
    case 'Ingress':
      return nodeId.ingress(ns, ref.name);
    case 'Pod':
      return nodeId.pod(ns, ref.name);
    case 'Node':
      return nodeId.node(ref.name);
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
      return nodeId.workload(ref.kind, ns, ref.name);
    default:
      return undefined;
  }
}

/**
 * Per diagnostic, the drawn node it belongs on: its object, or what the object is drawn in (a pod's stack, a
 * folded namespace's card; `drawnIn` says, one step at a time); null when it is not drawn at all.
 */
export function diagnosticNodeIds(
  diagnostics: readonly Diagnostic[],
  drawn: ReadonlySet<string>,
  drawnIn: (id: string) => string | undefined,
): (string | null)[] {
  return diagnostics.map((d) => {
    let id = d.object ? graphIdOf(d.object) : undefined;
    // A pod is in a stack, which may be in a namespace's stack: at most a few steps.
    for (let steps = 0; id !== undefined && !drawn.has(id) && steps < 4; steps++) id = drawnIn(id);
    return id !== undefined && drawn.has(id) ? id : null;
  });
}

/** The values the what-if controls start from, for the drawn nodes only (see ObjectFacts). */
export function objectFactsFor(cluster: Cluster, drawn: ReadonlySet<string>): Record<string, ObjectFacts> {
  const facts: Record<string, ObjectFacts> = {};
  for (const w of cluster.workloads) {
    const ns = w.meta.namespace;
    const scalable = w.kind === 'DaemonSet' ? null : { kind: w.kind, name: w.meta.name };
    const id = nodeId.workload(w.kind, ns, w.meta.name);
    if (drawn.has(id)) facts[id] = { kind: 'workload', namespace: ns, name: w.meta.name, replicas: w.replicas, scale: scalable };
    // The ReplicaSet a Deployment made has no text of its own: scaling it scales the Deployment, as its controller would insist.
    const rs = w.replicaSetName ? nodeId.workload('ReplicaSet', ns, w.replicaSetName) : undefined;
    if (rs && w.replicaSetName && drawn.has(rs)) facts[rs] = { kind: 'workload', namespace: ns, name: w.replicaSetName, replicas: w.replicas, scale: scalable };
  }
  for (const s of cluster.services) {
    const id = nodeId.service(s.meta.namespace, s.meta.name);
    if (!drawn.has(id)) continue;
    facts[id] = {
      kind: 'service',
      namespace: s.meta.namespace,
      name: s.meta.name,
      type: s.type,
      externalTrafficPolicy: s.externalTrafficPolicy ?? null,
      sessionAffinity: s.sessionAffinity,
      selector: s.selector ?? null,
      headless: s.clusterIP === 'None',
    };
  }
  for (const p of cluster.pods) {
    const id = nodeId.pod(p.meta.namespace, p.meta.name);
    if (!drawn.has(id)) continue;
    const owner = !p.fromManifest && p.workload ? { kind: p.workload.kind, name: p.workload.name } : null;
    facts[id] = { kind: 'pod', namespace: p.meta.namespace, name: p.meta.name, ready: p.ready, terminating: p.terminating, owner };
  }
  return facts;
}
