import type { Cluster, Pod, Workload } from '../../model/types';
import { safeSuffix, stableHash } from '../../util/hash';
import { creationTimestamp, simulatedTimestamp } from '../age';
import { rawAt, rawPath, type ManifestIndex } from '../manifest-index';
import { controllerRef, objectMetadata } from './meta';
import { defaultedPodSpec, normalizedImage } from './pod-spec';

type Json = Record<string, unknown>;

/** The tolerations the DefaultTolerationSeconds admission plugin adds to every pod. */
const DEFAULT_TOLERATIONS = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'].map((key) => ({
  effect: 'NoExecute',
  key,
  operator: 'Exists',
  tolerationSeconds: 300,
}));

/** The projected service-account token volume the ServiceAccount admission plugin mounts into every container. */
function apiAccessVolume(name: string): Json {
  return {
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
}

const hex64 = (seed: number, ...parts: string[]): string =>
  Array.from({ length: 8 }, (_, i) => stableHash(seed, i, ...parts).toString(16).padStart(8, '0')).join('');

function ownerOf(cluster: Cluster, pod: Pod): Json | undefined {
  if (!pod.owner) return undefined;
  const { kind, name } = pod.owner;
  const ns = pod.meta.namespace;
  if (kind === 'ReplicaSet') {
    const deployment = cluster.workloads.find((w) => w.kind === 'Deployment' && w.meta.namespace === ns && w.replicaSetName === name);
    const uid = deployment ? replicaSetUid(deployment) : (cluster.workloads.find((w) => w.kind === 'ReplicaSet' && w.meta.namespace === ns && w.meta.name === name)?.meta.uid ?? '');
    return controllerRef('apps/v1', 'ReplicaSet', name, uid);
  }
  const workload = cluster.workloads.find((w) => w.kind === kind && w.meta.namespace === ns && w.meta.name === name);
  return controllerRef('apps/v1', kind, name, workload?.meta.uid ?? '');
}

/** The ReplicaSet svcscope keeps inside its Deployment has no uid of its own: one derived from the Deployment's. */
export function replicaSetUid(deployment: Workload): string {
  const h = hex64(7, deployment.meta.uid, deployment.replicaSetName ?? '');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function templateSpecOf(cluster: Cluster, pod: Pod, index: ManifestIndex | undefined): Readonly<Json> | undefined {
  if (pod.fromManifest) return rawPath(rawAt(index, pod.meta.source.location, 'Pod', pod.meta.name), 'spec');
  const workload = pod.workload && cluster.workloads.find((w) => w.kind === pod.workload?.kind && w.meta.namespace === pod.meta.namespace && w.meta.name === pod.workload.name);
  if (!workload) return undefined;
  return rawPath(rawAt(index, workload.meta.source.location, workload.kind, workload.meta.name), 'spec', 'template', 'spec');
}

function podStatus(pod: Pod, since: string): Json {
  const running = pod.phase === 'Running';
  const scheduled = pod.nodeName !== undefined;
  const containerNames = pod.spec.containers.map((c) => c.name);
  const condition = (type: string, ok: boolean, reason?: string, message?: string): Json => ({
    lastProbeTime: null,
    lastTransitionTime: since,
    ...(message ? { message } : {}),
    ...(reason ? { reason } : {}),
    status: ok ? 'True' : 'False',
    type,
  });
  const unready = `containers with unready status: [${containerNames.join(' ')}]`;
  const conditions = scheduled
    ? [
        condition('PodReadyToStartContainers', running),
        condition('Initialized', true),
        condition('Ready', running && pod.ready, running && pod.ready ? undefined : 'ContainersNotReady', running && pod.ready ? undefined : unready),
        condition('ContainersReady', running && pod.ready, running && pod.ready ? undefined : 'ContainersNotReady', running && pod.ready ? undefined : unready),
        condition('PodScheduled', true),
      ]
    : [condition('PodScheduled', false, 'Unschedulable', '0/1 nodes are available: no node fits the pod.')];
  return {
    conditions,
    ...(running
      ? {
          containerStatuses: pod.spec.containers.map((c) => ({
            containerID: `containerd://${hex64(3, pod.meta.namespace, pod.meta.name, c.name)}`,
            image: normalizedImage(c.image),
            lastState: {},
            name: c.name,
            ready: pod.ready,
            restartCount: 0,
            started: true,
            state: { running: { startedAt: since } },
          })),
        }
      : {}),
    ...(pod.hostIP ? { hostIP: pod.hostIP, hostIPs: [{ ip: pod.hostIP }] } : {}),
    phase: pod.phase,
    ...(pod.ip ? { podIP: pod.ip, podIPs: [{ ip: pod.ip }] } : {}),
    qosClass: 'BestEffort',
    ...(scheduled ? { startTime: since } : {}),
  };
}

/** `kubectl get pod -o yaml`: the pod after admission, scheduling and the kubelet's status. */
export function defaultedPod(cluster: Cluster, pod: Pod, last: number, index: ManifestIndex | undefined): Json {
  const since = creationTimestamp(pod.meta, last);
  const volumeName = `kube-api-access-${safeSuffix(cluster.settings.seed, 5, pod.meta.namespace, pod.meta.name, 'sa')}`;
  const mount = { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volumeName, readOnly: true };
  const spec = defaultedPodSpec(pod.spec, templateSpecOf(cluster, pod, index));
  const containers = (spec['containers'] as Json[]).map((c) => ({ ...c, volumeMounts: [...(Array.isArray(c['volumeMounts']) ? c['volumeMounts'] : []), mount] }));
  const volumes = Array.isArray(spec['volumes']) ? spec['volumes'] : [];
  const owner = ownerOf(cluster, pod);
  const generateName = pod.owner && !pod.fromManifest && pod.owner.kind !== 'StatefulSet' ? { generateName: `${pod.owner.name}-` } : {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: objectMetadata(pod.meta, last, {
      ...generateName,
      ...(owner ? { ownerReferences: [owner] } : {}),
      ...(pod.terminating ? { deletionGracePeriodSeconds: 30, deletionTimestamp: simulatedTimestamp(30) } : {}),
    }),
    spec: {
      ...spec,
      containers,
      enableServiceLinks: pod.spec.enableServiceLinks,
      ...(pod.nodeName ? { nodeName: pod.nodeName } : {}),
      preemptionPolicy: 'PreemptLowerPriority',
      priority: 0,
      serviceAccount: 'default',
      serviceAccountName: 'default',
      tolerations: DEFAULT_TOLERATIONS,
      volumes: [...volumes, apiAccessVolume(volumeName)],
    },
    status: podStatus(pod, since),
  };
}
