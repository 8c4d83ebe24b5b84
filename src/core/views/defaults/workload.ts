import type { Cluster, Workload } from '../../model/types';
import { creationTimestamp } from '../age';
import { podsOfWorkload } from '../kubectl-workloads';
import { rawAt, rawPath, type ManifestIndex } from '../manifest-index';
import { controllerRef, objectMetadata } from './meta';
import { replicaSetUid } from './pod';
import { defaultedPodSpec } from './pod-spec';

type Json = Record<string, unknown>;

function selectorJson(w: Workload, extraLabels: Readonly<Record<string, string>> = {}): Json {
  return {
    ...(w.selector.matchExpressions.length > 0 ? { matchExpressions: w.selector.matchExpressions.map((r) => ({ key: r.key, operator: r.operator, ...(r.values.length > 0 ? { values: [...r.values] } : {}) })) } : {}),
    matchLabels: { ...w.selector.matchLabels, ...extraLabels },
  };
}

function template(w: Workload, rawSpec: Readonly<Json> | undefined, extraLabels: Readonly<Record<string, string>> = {}): Json {
  return {
    metadata: {
      ...(Object.keys(w.template.annotations).length > 0 ? { annotations: { ...w.template.annotations } } : {}),
      creationTimestamp: null,
      labels: { ...w.template.labels, ...extraLabels },
    },
    spec: defaultedPodSpec(w.template.spec, rawSpec),
  };
}

function statusCounts(cluster: Cluster, w: Workload): { replicas: number; ready: number } {
  const pods = podsOfWorkload(cluster, w).filter((p) => !p.terminating);
  return { replicas: pods.length, ready: pods.filter((p) => p.ready && p.phase === 'Running').length };
}

/** `kubectl get deploy|sts|ds|rs -o yaml` after defaulting, with the status its controller writes. */
export function defaultedWorkload(cluster: Cluster, w: Workload, last: number, index: ManifestIndex | undefined): Json {
  const raw = rawAt(index, w.meta.source.location, w.kind, w.meta.name);
  const since = creationTimestamp(w.meta, last);
  const { replicas, ready } = statusCounts(cluster, w);
  const condition = (type: string, ok: boolean, reason: string, message: string): Json => ({
    lastTransitionTime: since,
    lastUpdateTime: since,
    message,
    reason,
    status: ok ? 'True' : 'False',
    type,
  });
  const base = { apiVersion: 'apps/v1', kind: w.kind, metadata: objectMetadata(w.meta, last, { generation: 1 }) };
  const podTemplate = template(w, rawPath(raw, 'spec', 'template', 'spec'));
  switch (w.kind) {
    case 'Deployment':
      return {
        ...base,
        metadata: objectMetadata({ ...w.meta, annotations: { 'deployment.kubernetes.io/revision': '1', ...w.meta.annotations } }, last, { generation: 1 }),
        spec: {
          progressDeadlineSeconds: 600,
          replicas: w.replicas,
          revisionHistoryLimit: 10,
          selector: selectorJson(w),
          strategy: rawPath(raw, 'spec', 'strategy') ?? { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
          template: podTemplate,
        },
        status: {
          ...(ready > 0 ? { availableReplicas: ready } : {}),
          conditions: [
            condition('Available', ready >= w.replicas, ready >= w.replicas ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable', ready >= w.replicas ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.'),
            condition('Progressing', true, 'NewReplicaSetAvailable', `ReplicaSet "${w.replicaSetName ?? w.meta.name}" has successfully progressed.`),
          ],
          observedGeneration: 1,
          ...(ready > 0 ? { readyReplicas: ready } : {}),
          replicas,
          updatedReplicas: replicas,
        },
      };
    case 'StatefulSet':
      return {
        ...base,
        spec: {
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          podManagementPolicy: 'OrderedReady',
          replicas: w.replicas,
          revisionHistoryLimit: 10,
          selector: selectorJson(w),
          ...(w.serviceName ? { serviceName: w.serviceName } : {}),
          template: podTemplate,
          updateStrategy: { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' },
        },
        status: { availableReplicas: ready, currentReplicas: replicas, observedGeneration: 1, readyReplicas: ready, replicas, updatedReplicas: replicas },
      };
    case 'DaemonSet':
      return {
        ...base,
        spec: {
          revisionHistoryLimit: 10,
          selector: selectorJson(w),
          template: podTemplate,
          updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
        },
        status: {
          currentNumberScheduled: replicas,
          desiredNumberScheduled: replicas,
          numberAvailable: ready,
          numberMisscheduled: 0,
          numberReady: ready,
          observedGeneration: 1,
          updatedNumberScheduled: replicas,
        },
      };
    case 'ReplicaSet':
      return {
        ...base,
        spec: { replicas: w.replicas, selector: selectorJson(w), template: podTemplate },
        status: { availableReplicas: ready, fullyLabeledReplicas: replicas, observedGeneration: 1, readyReplicas: ready, replicas },
      };
  }
}

/** The ReplicaSet a Deployment made: its template plus the pod-template-hash label, owned by the Deployment. */
export function defaultedOwnedReplicaSet(cluster: Cluster, d: Workload, last: number, index: ManifestIndex | undefined): Json {
  const hash = { 'pod-template-hash': d.podTemplateHash ?? '' };
  const raw = rawAt(index, d.meta.source.location, d.kind, d.meta.name);
  const { replicas, ready } = statusCounts(cluster, d);
  const meta = {
    ...d.meta,
    name: d.replicaSetName ?? d.meta.name,
    uid: replicaSetUid(d),
    labels: { ...d.template.labels, ...hash },
    annotations: {
      'deployment.kubernetes.io/desired-replicas': String(d.replicas),
      'deployment.kubernetes.io/max-replicas': String(d.replicas + Math.ceil(d.replicas * 0.25)),
      'deployment.kubernetes.io/revision': '1',
    },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: objectMetadata(meta, last, { generation: 1, ownerReferences: [controllerRef('apps/v1', 'Deployment', d.meta.name, d.meta.uid)] }),
    spec: { replicas: d.replicas, selector: selectorJson(d, hash), template: template(d, rawPath(raw, 'spec', 'template', 'spec'), hash) },
    status: { availableReplicas: ready, fullyLabeledReplicas: replicas, observedGeneration: 1, readyReplicas: ready, replicas },
  };
}
