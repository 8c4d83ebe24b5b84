import { fnv1a, safeEncodeHash, safeSuffix, stableHash } from '../util/hash';
import { formatIPv4, parseCidr, parseIPv4 } from '../util/ipv4';
import { stableStringify } from '../util/stable-json';
import { generatedMeta } from './read/meta';
import { labelsMatch } from './read/selector';
import type { ClusterSettings, Node, Pod, Workload } from './types';

/**
 * What the workload controllers, the scheduler and the CNI's IPAM do: pods for each workload, placed on
 * nodes, with an IP from their node's pod CIDR. Names follow the controllers (`<deploy>-<hash>-<5>`,
 * `<sts>-<ordinal>`, `<ds>-<5>`); all choices are seeded by name so scaling adds or removes pods at the
 * end without renaming or moving the others.
 */
export interface PodBuildResult {
  readonly pods: Pod[];
  readonly workloads: Workload[];
}

export function podTemplateHash(workload: Workload): string {
  return safeEncodeHash(fnv1a(stableStringify({ labels: workload.template.labels, annotations: workload.template.annotations, spec: workload.template.spec })));
}

/** The key a dump pod's controller points at; a ReplicaSet `<deploy>-<hash>` also stands for its Deployment. */
function ownerKeys(pod: Pod): string[] {
  const owner = pod.owner;
  if (!owner) return [];
  const keys = [`${pod.meta.namespace}/${owner.kind}/${owner.name}`];
  const cut = owner.name.lastIndexOf('-');
  if (owner.kind === 'ReplicaSet' && cut > 0) keys.push(`${pod.meta.namespace}/Deployment/${owner.name.slice(0, cut)}`);
  return keys;
}

/** Per Deployment key, the dump ReplicaSet that owns most of its pods (during a rollout there are two). */
function dumpReplicaSets(manifestPods: readonly Pod[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const pod of manifestPods) {
    const deploymentKey = ownerKeys(pod)[1];
    if (!deploymentKey || !pod.owner) continue;
    const perRs = counts.get(deploymentKey) ?? new Map<string, number>();
    perRs.set(pod.owner.name, (perRs.get(pod.owner.name) ?? 0) + 1);
    counts.set(deploymentKey, perRs);
  }
  const best = new Map<string, string>();
  for (const [key, perRs] of counts)
    for (const [name, n] of perRs) if (!best.has(key) || n > (perRs.get(best.get(key) ?? '') ?? 0)) best.set(key, name);
  return best;
}

export function buildPods(
  workloads: readonly Workload[],
  manifestPods: readonly Pod[],
  nodes: readonly Node[],
  settings: ClusterSettings,
  deleted: ReadonlySet<string> = new Set(),
): PodBuildResult {
  const pods: Pod[] = [];
  const finished: Workload[] = [];
  // Workloads whose pods the text already has (a cluster dump) make none of their own.
  const dumpOwners = new Set(manifestPods.flatMap(ownerKeys));
  const dumpedReplicaSets = dumpReplicaSets(manifestPods);
  for (const w of workloads) {
    let workload = w;
    if (w.kind === 'Deployment') {
      // In a dump the ReplicaSet already exists: keep its real name and hash rather than computing ours.
      const dumped = dumpedReplicaSets.get(`${w.meta.namespace}/Deployment/${w.meta.name}`);
      const hash = dumped ? dumped.slice(dumped.lastIndexOf('-') + 1) : podTemplateHash(w);
      workload = { ...w, podTemplateHash: hash, replicaSetName: dumped ?? `${w.meta.name}-${hash}` };
    }
    finished.push(workload);
    if (dumpOwners.has(`${w.meta.namespace}/${w.kind}/${w.meta.name}`)) continue;
    pods.push(...podsFor(workload, nodes, settings, deleted));
  }
  // Dump pods point at the workload they stand for: the Deployment behind their ReplicaSet when there is one.
  const byKey = new Map(finished.map((w) => [`${w.meta.namespace}/${w.kind}/${w.meta.name}`, w]));
  const withWorkloads = manifestPods.map((pod) => {
    const keys = ownerKeys(pod);
    const workload = byKey.get(keys[1] ?? '') ?? byKey.get(keys[0] ?? '');
    return workload ? { ...pod, workload: { kind: workload.kind, name: workload.meta.name } } : pod;
  });
  const all = [...withWorkloads, ...pods];
  return { pods: placeAndAddress(all, nodes, settings), workloads: finished };
}

function podsFor(w: Workload, nodes: readonly Node[], settings: ClusterSettings, deleted: ReadonlySet<string>): Pod[] {
  const ns = w.meta.namespace;
  const make = (name: string, extra: Partial<Pod> & { nodeName?: string }): Pod => {
    const labels: Record<string, string> = w.kind === 'Deployment' ? { ...w.template.labels, 'pod-template-hash': w.podTemplateHash ?? '' } : { ...w.template.labels };
    if (w.kind === 'StatefulSet') {
      labels['statefulset.kubernetes.io/pod-name'] = name;
      labels['apps.kubernetes.io/pod-index'] = name.slice(name.lastIndexOf('-') + 1);
    }
    const owner = w.kind === 'Deployment' ? { kind: 'ReplicaSet', name: w.replicaSetName ?? w.meta.name } : { kind: w.kind, name: w.meta.name };
    return {
      meta: { ...generatedMeta(name, ns, labels, w.meta.source.order, w.meta.system), annotations: w.template.annotations },
      spec: w.template.spec,
      phase: 'Running',
      ready: true,
      terminating: false,
      owner,
      workload: { kind: w.kind, name: w.meta.name },
      fromManifest: false,
      ...extra,
    };
  };
  // What-ifs written in the text (the editor is the truth): pods of a workload marked not Ready, or deleted
  // (Terminating while a replacement starts). See SIMULATION_ANNOTATIONS.
  const unready = annotatedPods(w, SIMULATION_ANNOTATIONS.unreadyPods);
  const deleting = annotatedPods(w, SIMULATION_ANNOTATIONS.deletedPods);
  const finish = (pod: Pod): Pod => {
    const name = pod.meta.name;
    if (deleting.has(name)) return { ...pod, terminating: true };
    return unready.has(name) ? { ...pod, ready: false } : pod;
  };
  return podsOfKind().map(finish);

  function podsOfKind(): Pod[] {
  switch (w.kind) {
    case 'Deployment':
    case 'ReplicaSet': {
      const prefix = w.kind === 'Deployment' ? (w.replicaSetName ?? w.meta.name) : w.meta.name;
      // A deleted pod is replaced by the ReplicaSet with a new name: skip its index and take the next. So is a
      // suffix drawn twice (27^5 names: likely among a few thousand pods), as the API server refuses the second.
      // Index order is creation order: a Terminating pod keeps its place, so scheduling does not move the others.
      const ordered: string[] = [];
      let running = 0;
      const used = new Set<string>();
      for (let i = 0; running < w.replicas && i < 2 * w.replicas + deleted.size + 16; i++) {
        const name = `${prefix}-${safeSuffix(settings.seed, 5, ns, prefix, i)}`;
        if (deleting.has(name) && !used.has(name)) ordered.push(name);
        else if (!deleted.has(`${ns}/${name}`) && !used.has(name)) {
          ordered.push(name);
          running += 1;
        }
        used.add(name);
      }
      return ordered.map((name) => make(name, {}));
    }
    case 'StatefulSet':
      return Array.from({ length: w.replicas }, (_, i) => {
        const name = `${w.meta.name}-${i}`;
        // The StatefulSet controller sets hostname to the pod name and subdomain to spec.serviceName.
        return make(name, { spec: { ...w.template.spec, hostname: name, ...(w.serviceName ? { subdomain: w.serviceName } : {}) } });
      });
    case 'DaemonSet':
      return nodes
        .filter((n) => n.schedulable && labelsMatch(w.template.spec.nodeSelector, n.meta.labels))
        .map((n) => make(`${w.meta.name}-${safeSuffix(settings.seed, 5, ns, w.meta.name, n.name)}`, { nodeName: n.name }));
  }
  }
}

/**
 * Annotations svcscope reads on a workload to show what a real cluster would do when pods go unready or are
 * deleted; comma-separated pod names. The UI's what-ifs write them, so the text stays the source of truth.
 */
export const SIMULATION_ANNOTATIONS = {
  unreadyPods: 'svcscope.dev/unready-pods',
  deletedPods: 'svcscope.dev/deleted-pods',
} as const;

function annotatedPods(w: Workload, key: string): ReadonlySet<string> {
  const value = w.meta.annotations[key];
  return new Set(value ? value.split(',').map((n) => n.trim()).filter(Boolean) : []);
}

/** The scheduler (spread, nodeSelector, nodeName) and the CNI's host-local IPAM, seeded by pod name. */
function placeAndAddress(pods: readonly Pod[], nodes: readonly Node[], settings: ClusterSettings): Pod[] {
  const perNode = new Map<string, number>();
  const perWorkloadNode = new Map<string, number>();
  const taken = new Set<number>();
  for (const pod of pods) {
    if (pod.nodeName) perNode.set(pod.nodeName, (perNode.get(pod.nodeName) ?? 0) + 1);
    const ip = pod.ip ? parseIPv4(pod.ip) : undefined;
    if (ip !== undefined) taken.add(ip);
  }
  return pods.map((pod) => {
    // A dump pod is taken as it is: with its IP, or Pending without one (the CNI has not given it one yet).
    if (pod.fromManifest && (pod.ip || pod.phase === 'Pending')) return pod;
    if (pod.phase === 'Succeeded' || pod.phase === 'Failed') return pod;
    let nodeName = pod.nodeName ?? pod.spec.nodeName;
    if (!nodeName) {
      const group = pod.workload ? `${pod.meta.namespace}/${pod.workload.kind}/${pod.workload.name}` : `${pod.meta.namespace}/${pod.meta.name}`;
      // System pods (CoreDNS) tolerate the control-plane taint, as kubeadm's do.
      const candidates = nodes.filter((n) => n.ready && (n.schedulable || (pod.meta.system && n.controlPlane)) && labelsMatch(pod.spec.nodeSelector, n.meta.labels));
      const systemFirst = pod.meta.system ? candidates.filter((n) => n.controlPlane) : [];
      const pool = systemFirst.length > 0 ? systemFirst : candidates;
      if (pool.length === 0) return { ...pod, phase: 'Pending', ready: false };
      const rotate = stableHash(settings.seed, group) % pool.length;
      let best = pool[0] as Node;
      let bestScore = Number.POSITIVE_INFINITY;
      pool.forEach((node, i) => {
        const score =
          (perWorkloadNode.get(`${group}@${node.name}`) ?? 0) * 1e6 + (perNode.get(node.name) ?? 0) * 1e3 + ((i - rotate + pool.length) % pool.length);
        if (score < bestScore) {
          bestScore = score;
          best = node;
        }
      });
      nodeName = best.name;
      perWorkloadNode.set(`${group}@${nodeName}`, (perWorkloadNode.get(`${group}@${nodeName}`) ?? 0) + 1);
      perNode.set(nodeName, (perNode.get(nodeName) ?? 0) + 1);
    }
    const node = nodes.find((n) => n.name === nodeName);
    if (!node) return { ...pod, nodeName, phase: 'Pending', ready: false };
    if (pod.spec.hostNetwork) return { ...pod, nodeName, ip: node.internalIP, hostIP: node.internalIP };
    const ip = pod.ip ?? allocatePodIP(node, pod, taken, settings);
    return { ...pod, nodeName, hostIP: node.internalIP, ...(ip ? { ip } : {}) };
  });
}

function allocatePodIP(node: Node, pod: Pod, taken: Set<number>, settings: ClusterSettings): string | undefined {
  const cidr = parseCidr(node.podCIDR);
  if (!cidr || cidr.size < 8) return undefined;
  // .0 is the network, .1 the bridge gateway, the last the broadcast. Like host-local IPAM on a young
  // node, addresses stay low: the seeded start falls in the first 48 and probing moves upwards.
  const usable = cidr.size - 3;
  const start = stableHash(settings.seed, pod.meta.namespace, pod.meta.name) % Math.min(usable, 48);
  for (let i = 0; i < usable; i++) {
    const ip = cidr.base + 2 + ((start + i) % usable);
    if (!taken.has(ip)) {
      taken.add(ip);
      return formatIPv4(ip);
    }
  }
  return undefined;
}
