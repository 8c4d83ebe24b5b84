import type { Cluster, Node, Pod, Service } from '../model/types';
import { ipInCidr } from '../util/ipv4';

/** Lookups a trace needs, built once per cluster (clusters are immutable values). */
export interface ClusterIndex {
  readonly podByIP: ReadonlyMap<string, Pod>;
  readonly nodeByIP: ReadonlyMap<string, Node>;
  readonly nodeByName: ReadonlyMap<string, Node>;
  /** clusterIP → Service. */
  readonly serviceByClusterIP: ReadonlyMap<string, Service>;
  /** LoadBalancer ingress IP → Service. */
  readonly serviceByLoadBalancerIP: ReadonlyMap<string, Service>;
  /** externalIP → Services that list it. */
  readonly servicesByExternalIP: ReadonlyMap<string, readonly Service[]>;
  /** The node a pod IP belongs to by podCIDR (also for IPs no pod holds). */
  nodeForPodIP(ip: string): Node | undefined;
}

const cache = new WeakMap<Cluster, ClusterIndex>();

export function indexCluster(cluster: Cluster): ClusterIndex {
  const cached = cache.get(cluster);
  if (cached) return cached;
  const podByIP = new Map<string, Pod>();
  for (const pod of cluster.pods) if (pod.ip && !pod.spec.hostNetwork && pod.phase !== 'Succeeded' && pod.phase !== 'Failed') podByIP.set(pod.ip, pod);
  const serviceByClusterIP = new Map<string, Service>();
  const serviceByLoadBalancerIP = new Map<string, Service>();
  const servicesByExternalIP = new Map<string, Service[]>();
  for (const svc of cluster.services) {
    if (svc.clusterIP && svc.clusterIP !== 'None') serviceByClusterIP.set(svc.clusterIP, svc);
    for (const ip of svc.loadBalancerIngressIPs) serviceByLoadBalancerIP.set(ip, svc);
    for (const ip of svc.externalIPs) servicesByExternalIP.set(ip, [...(servicesByExternalIP.get(ip) ?? []), svc]);
  }
  const index: ClusterIndex = {
    podByIP,
    nodeByIP: new Map(cluster.nodes.map((n) => [n.internalIP, n])),
    nodeByName: new Map(cluster.nodes.map((n) => [n.name, n])),
    serviceByClusterIP,
    serviceByLoadBalancerIP,
    servicesByExternalIP,
    nodeForPodIP: (ip) => cluster.nodes.find((n) => ipInCidr(ip, n.podCIDR)),
  };
  cache.set(cluster, index);
  return index;
}
