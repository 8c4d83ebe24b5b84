import type { Cluster, Ingress, IngressBackend, Node } from '../../model/types';
import { creationTimestamp } from '../age';
import { rawAt, type ManifestIndex } from '../manifest-index';
import { objectMetadata } from './meta';
import { overlay } from './overlay';

type Json = Record<string, unknown>;

/** `kubectl get node -o yaml`, reduced to what svcscope knows: addresses, pod CIDR, taints, Ready. A dumped Node keeps the rest. */
export function defaultedNode(cluster: Cluster, n: Node, last: number, index: ManifestIndex | undefined): Json {
  const since = creationTimestamp(n.meta, last);
  const model = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: objectMetadata({ ...n.meta, labels: { 'kubernetes.io/hostname': n.name, 'kubernetes.io/os': 'linux', ...n.meta.labels } }, last),
    spec: {
      podCIDR: n.podCIDR,
      podCIDRs: [n.podCIDR],
      ...(n.controlPlane && !n.schedulable ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] } : {}),
    },
    status: {
      addresses: [
        { address: n.internalIP, type: 'InternalIP' },
        { address: n.name, type: 'Hostname' },
      ],
      conditions: [
        {
          lastHeartbeatTime: since,
          lastTransitionTime: since,
          message: n.ready ? 'kubelet is posting ready status' : 'Kubelet stopped posting node status.',
          reason: n.ready ? 'KubeletReady' : 'NodeStatusUnknown',
          status: n.ready ? 'True' : 'Unknown',
          type: 'Ready',
        },
      ],
      nodeInfo: { kubeletVersion: `v${cluster.settings.kubeVersion}.0`, operatingSystem: 'linux' },
    },
  };
  return overlay(rawAt(index, n.meta.source.location, 'Node', n.name), model) as Json;
}

function backend(b: IngressBackend): Json {
  return b.type === 'service'
    ? { service: { name: b.serviceName, port: 'number' in b.port ? { number: b.port.number } : { name: b.port.name } } }
    : { resource: { kind: b.kind, name: b.name } };
}

/** `kubectl get ingress -o yaml`. */
export function defaultedIngress(i: Ingress, last: number): Json {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: objectMetadata(i.meta, last, { generation: 1 }),
    spec: {
      ...(i.defaultBackend ? { defaultBackend: backend(i.defaultBackend) } : {}),
      ...(i.className ? { ingressClassName: i.className } : {}),
      ...(i.rules.length > 0
        ? {
            rules: i.rules.map((r) => ({
              ...(r.host ? { host: r.host } : {}),
              http: { paths: r.paths.map((p) => ({ backend: backend(p.backend), path: p.path, pathType: p.pathType })) },
            })),
          }
        : {}),
      ...(i.tls.length > 0 ? { tls: i.tls.map((t) => ({ hosts: [...t.hosts], ...(t.secretName ? { secretName: t.secretName } : {}) })) } : {}),
    },
    status: { loadBalancer: {} },
  };
}
