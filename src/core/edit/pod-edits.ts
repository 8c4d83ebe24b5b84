import { buildCluster } from '../model/build-cluster';
import { SIMULATION_ANNOTATIONS } from '../model/pods';
import type { ClusterSettings } from '../model/types';
import type { ObjectTarget } from './find-object';
import { EditError } from './patch';
import type { EditSession } from './session';
import type { EditDone, PodOwner } from './types';
import { mapGet, scalarText } from './yaml-tree';

/** A condition value is the string "True"/"False" (a bare True would be a YAML boolean). */
const READY: { readonly key: string; readonly value: string } = { key: 'type', value: 'Ready' };

/** Where a pod's what-if is written: the Pod itself when the text has it, else its workload's annotations. */
type PodHome = { readonly type: 'pod'; readonly target: ObjectTarget } | { readonly type: 'workload'; readonly target: ObjectTarget };

export interface PodEditInput {
  readonly namespace: string;
  readonly name: string;
  readonly owner?: PodOwner;
}

export function setPodReady(session: EditSession, pod: PodEditInput, ready: boolean, settings: Partial<ClusterSettings>): EditDone {
  const home = findHome(session, pod, settings);
  if (home.type === 'workload') {
    updateList(session, home.target, SIMULATION_ANNOTATIONS.unreadyPods, pod.name, !ready);
    return { type: 'pod-ready', name: pod.name, ready, writtenOn: { kind: home.target.kind, name: home.target.name } };
  }
  const status = session.read(home.target, ['status']);
  const hasStatus = status?.kind === 'map' && status.entries.length > 0;
  if (!hasStatus) {
    // A Pod without status is one the cluster starts and makes Ready; only not-Ready needs writing.
    if (!ready) session.set(home.target, ['status'], { phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }] });
  } else {
    session.set(home.target, ['status', 'conditions', READY, 'status'], ready ? 'True' : 'False');
  }
  return { type: 'pod-ready', name: pod.name, ready };
}

export function deletePod(session: EditSession, pod: PodEditInput, deletionTimestamp: string, settings: Partial<ClusterSettings>): EditDone {
  const home = findHome(session, pod, settings);
  if (home.type === 'workload') {
    updateList(session, home.target, SIMULATION_ANNOTATIONS.deletedPods, pod.name, true);
    return { type: 'pod-deleted', name: pod.name, writtenOn: { kind: home.target.kind, name: home.target.name } };
  }
  session.set(home.target, ['metadata', 'deletionTimestamp'], deletionTimestamp);
  return { type: 'pod-deleted', name: pod.name };
}

function findHome(session: EditSession, pod: PodEditInput, settings: Partial<ClusterSettings>): PodHome {
  const own: ObjectTarget = { kind: 'Pod', namespace: pod.namespace, name: pod.name };
  if (session.has(own)) return { type: 'pod', target: own };
  const owner = pod.owner ?? ownerFromCluster(session.text, pod, settings);
  if (!owner) throw new EditError(`Pod ${pod.namespace}/${pod.name} is neither in the text nor made by a workload in it.`);
  const target: ObjectTarget = { kind: owner.kind, namespace: pod.namespace, name: owner.name };
  if (!session.has(target)) throw new EditError(`${owner.kind} ${pod.namespace}/${owner.name}, which makes Pod ${pod.name}, is not in the text.`);
  return { type: 'workload', target };
}

/** Generated pod names depend on the settings' seed: pass the settings the cluster was built with. */
function ownerFromCluster(text: string, pod: PodEditInput, settings: Partial<ClusterSettings>): PodOwner | undefined {
  const found = buildCluster(text, settings).pods.find((p) => p.meta.namespace === pod.namespace && p.meta.name === pod.name);
  return found?.workload;
}

/** Adds or removes a pod name in a comma-separated annotation; an emptied annotation (and mapping) goes away. */
function updateList(session: EditSession, target: ObjectTarget, key: string, podName: string, present: boolean): void {
  const annotations = session.read(target, ['metadata', 'annotations']);
  const current = annotations?.kind === 'map' ? scalarText(mapGet(annotations, key)?.value) : undefined;
  const names = (current ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const next = present ? (names.includes(podName) ? names : [...names, podName]) : names.filter((n) => n !== podName);
  if (next.length > 0) {
    if (next.join(',') !== current) session.set(target, ['metadata', 'annotations', key], next.join(','));
    return;
  }
  if (current === undefined) return;
  const onlyEntry = annotations?.kind === 'map' && annotations.entries.length === 1;
  session.delete(target, onlyEntry ? ['metadata', 'annotations'] : ['metadata', 'annotations', key]);
}
