import { allocateServices } from '../model/allocate';
import { assembleCluster, clusterInputs, type ClusterInputs } from '../model/assemble';
import type { Cluster, ProxyMode, Service, TrafficPolicy } from '../model/types';

/**
 * Changes on a traffic timeline. Each takes effect as the control loops would make it: scaling makes or
 * removes pods, a deleted pod is replaced under a new name, a pod going unready leaves the endpoints, a
 * Service change is allocated and proxied anew. The result is a new cluster (clusters are values).
 */
export type ClusterEvent =
  | { readonly type: 'scale'; readonly namespace: string; readonly name: string; readonly replicas: number }
  | { readonly type: 'pod-ready'; readonly namespace: string; readonly name: string; readonly ready: boolean }
  | { readonly type: 'pod-delete'; readonly namespace: string; readonly name: string }
  | {
      readonly type: 'service-update';
      readonly namespace: string;
      readonly name: string;
      readonly changes: {
        readonly type?: Service['type'];
        readonly externalTrafficPolicy?: TrafficPolicy;
        readonly internalTrafficPolicy?: TrafficPolicy;
        readonly sessionAffinity?: 'None' | 'ClientIP';
        readonly selector?: Readonly<Record<string, string>>;
      };
    }
  | { readonly type: 'proxy-mode'; readonly mode: ProxyMode };

export interface TimedEvent {
  readonly atMs: number;
  readonly event: ClusterEvent;
}

export type EventResult = { readonly ok: true; readonly cluster: Cluster; readonly note: string } | { readonly ok: false; readonly reason: string };

export function applyClusterEvent(cluster: Cluster, event: ClusterEvent): EventResult {
  const inputs = clusterInputs(cluster);
  if (!inputs) return { ok: false, reason: 'this cluster was not built by buildCluster' };
  const again = (changes: Partial<ClusterInputs>, note: string): EventResult => ({ ok: true, cluster: assembleCluster({ ...inputs, ...changes }), note });
  switch (event.type) {
    case 'scale': {
      const index = inputs.workloads.findIndex((w) => w.meta.namespace === event.namespace && w.meta.name === event.name && w.kind !== 'DaemonSet');
      if (index < 0) return { ok: false, reason: `no Deployment, ReplicaSet or StatefulSet ${event.namespace}/${event.name}` };
      const replicas = Math.max(0, Math.floor(event.replicas));
      const workloads = inputs.workloads.map((w, i) => (i === index ? { ...w, replicas } : w));
      return again({ workloads }, `${event.namespace}/${event.name} scaled to ${replicas}`);
    }
    case 'pod-ready':
    case 'pod-delete': {
      const key = `${event.namespace}/${event.name}`;
      if (!cluster.pods.some((p) => p.meta.namespace === event.namespace && p.meta.name === event.name)) return { ok: false, reason: `no pod ${key}` };
      const podOverrides = new Map(inputs.podOverrides);
      const previous = podOverrides.get(key) ?? {};
      podOverrides.set(key, event.type === 'pod-delete' ? { ...previous, deleted: true } : { ...previous, ready: event.ready });
      return again({ podOverrides }, event.type === 'pod-delete' ? `pod ${key} deleted` : `pod ${key} ${event.ready ? 'Ready' : 'not Ready'}`);
    }
    case 'service-update': {
      const target = inputs.services.find((s) => s.meta.namespace === event.namespace && s.meta.name === event.name);
      if (!target) return { ok: false, reason: `no Service ${event.namespace}/${event.name}` };
      const c = event.changes;
      const type = c.type ?? target.type;
      const external = type === 'NodePort' || type === 'LoadBalancer';
      const updated: Service = {
        ...target,
        type,
        ports: target.ports.map((p) => (external ? p : { ...p, nodePort: 0 })),
        ...(external ? { externalTrafficPolicy: c.externalTrafficPolicy ?? target.externalTrafficPolicy ?? 'Cluster' } : {}),
        internalTrafficPolicy: c.internalTrafficPolicy ?? target.internalTrafficPolicy ?? 'Cluster',
        sessionAffinity: c.sessionAffinity ?? target.sessionAffinity,
        selector: c.selector ?? target.selector,
        allocateLoadBalancerNodePorts: type === 'LoadBalancer' ? true : target.allocateLoadBalancerNodePorts,
        loadBalancerIngressIPs: type === 'LoadBalancer' ? target.loadBalancerIngressIPs : [],
        healthCheckNodePort: type === 'LoadBalancer' && (c.externalTrafficPolicy ?? target.externalTrafficPolicy) === 'Local' ? target.healthCheckNodePort : 0,
      };
      if (!external) delete (updated as { externalTrafficPolicy?: TrafficPolicy }).externalTrafficPolicy;
      const services = allocateServices(
        inputs.services.map((s) => (s === target ? updated : s)),
        { settings: inputs.settings, diagnostics: [], report: () => undefined },
      );
      return again({ services }, `Service ${event.namespace}/${event.name} updated`);
    }
    case 'proxy-mode':
      return again({ settings: { ...inputs.settings, proxyMode: event.mode } }, `kube-proxy now in ${event.mode} mode`);
  }
}
