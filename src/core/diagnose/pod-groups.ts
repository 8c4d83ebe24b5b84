import type { Labels, Pod } from '../model/types';
import { plural } from './words';

/**
 * Findings speak of workloads, not of generated pod names: "3 pods of Deployment myapp" says what to
 * edit. Pods are grouped by the workload they stand for; dump pods whose Deployment is not in the text
 * are grouped by their ReplicaSet's name minus the pod-template-hash, so a rollout's two ReplicaSets
 * read as one Deployment.
 */
export interface PodGroup {
  readonly key: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly pods: readonly Pod[];
  /** The labels every pod of the group has, without the ones controllers add. */
  readonly labels: Labels;
}

/** Labels the controllers add to pods; users never select on them by mistake and they differ per pod. */
export const CONTROLLER_LABELS: ReadonlySet<string> = new Set([
  'pod-template-hash',
  'controller-revision-hash',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
  'pod-template-generation',
]);

function ownerOf(pod: Pod): { kind: string; name: string } {
  if (pod.workload) return pod.workload;
  const owner = pod.owner;
  if (!owner) return { kind: 'Pod', name: pod.meta.name };
  const hash = pod.meta.labels['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`))
    return { kind: 'Deployment', name: owner.name.slice(0, -hash.length - 1) };
  return owner;
}

export function groupPods(pods: readonly Pod[]): PodGroup[] {
  const groups = new Map<string, { kind: string; name: string; namespace: string; pods: Pod[] }>();
  for (const pod of pods) {
    const owner = ownerOf(pod);
    const key = `${pod.meta.namespace}/${owner.kind}/${owner.name}`;
    const group = groups.get(key);
    if (group) group.pods.push(pod);
    else groups.set(key, { ...owner, namespace: pod.meta.namespace, pods: [pod] });
  }
  return [...groups.entries()].map(([key, g]) => ({ key, ...g, labels: commonLabels(g.pods) }));
}

function commonLabels(pods: readonly Pod[]): Labels {
  const [first, ...rest] = pods;
  const out: Record<string, string> = {};
  if (!first) return out;
  for (const [k, v] of Object.entries(first.meta.labels))
    if (!CONTROLLER_LABELS.has(k) && rest.every((p) => p.meta.labels[k] === v)) out[k] = v;
  return out;
}

/** "3 pods of Deployment myapp", "1 pod of StatefulSet web", "Pod debug". */
export function describeGroup(group: PodGroup): string {
  if (group.kind === 'Pod') return group.pods.length === 1 ? `Pod ${group.name}` : `${plural(group.pods.length, 'pod')} named ${group.name}`;
  return `${plural(group.pods.length, 'pod')} of ${group.kind} ${group.name}`;
}

export function describeWorkloadOf(group: PodGroup): string {
  return `${group.kind} ${group.name}`;
}
