import type { Cluster, Node, Service } from '../model/types';
import { ipInCidr } from '../util/ipv4';
import { indexCluster } from './cluster-index';
import { LATENCY_MS, formatAddress } from './dataplane';
import { nextRoundRobin, type SimulationState } from './state';
import type { Hop, Outcome } from './types';

/**
 * How a packet from outside the cluster reaches a node. Node IPs are reached directly. The simulated cloud
 * load balancer is pass-through (as on GCE, Azure or with MetalLB): it keeps the client's address and the
 * load balancer IP, enforces loadBalancerSourceRanges in the cloud firewall, and spreads connections over
 * the nodes its health checks pass: every ready node for externalTrafficPolicy Cluster, only nodes with a
 * local ready endpoint (healthCheckNodePort answers 200) for Local. externalIPs are routed by the network
 * to a node (the one holding the address, else one chosen by the seed), as Kubernetes leaves that to the user.
 */
export const EXCLUDE_FROM_LB = 'node.kubernetes.io/exclude-from-external-load-balancers';

export type EntryResult =
  | { readonly type: 'node'; readonly node: Node; readonly hops: readonly Hop[]; readonly service?: Service }
  | { readonly type: 'stop'; readonly hops: readonly Hop[]; readonly outcome: Outcome };

export function enterFromOutside(
  cluster: Cluster,
  client: { ip: string; port: number },
  dst: { ip: string; port: number },
  state: SimulationState,
  startMs: number,
  viaNode?: string,
): EntryResult {
  const index = indexCluster(cluster);
  const from = formatAddress(client.ip, client.port);
  const target = formatAddress(dst.ip, dst.port);
  const node = index.nodeByIP.get(dst.ip);
  if (node) return { type: 'node', node, hops: [wire(from, target, node, startMs + LATENCY_MS.internet)] };

  const lbService = index.serviceByLoadBalancerIP.get(dst.ip);
  if (lbService) return viaCloudLoadBalancer(cluster, lbService, client, dst, state, startMs, viaNode);

  const external = index.servicesByExternalIP.get(dst.ip);
  if (external && external.length > 0) {
    const ready = cluster.nodes.filter((n) => n.ready);
    const chosen = ready.find((n) => n.name === viaNode) ?? ready[nextRoundRobin(state, `externalIP/${dst.ip}`, Math.max(1, ready.length))];
    if (!chosen) return stop([], startMs, { type: 'timeout', reason: 'no ready node to route the externalIP to' });
    const hop = wire(from, target, chosen, startMs + LATENCY_MS.internet);
    return { type: 'node', node: chosen, hops: [{ ...hop, note: `${dst.ip} is an externalIP: the network routes it to ${chosen.name} (Kubernetes does not announce externalIPs)` }] };
  }
  const inServiceRange = ipInCidr(dst.ip, cluster.settings.serviceCIDR);
  const inPodRange = ipInCidr(dst.ip, cluster.settings.clusterCIDR);
  return stop([], startMs, {
    type: 'timeout',
    reason: inServiceRange
      ? `${dst.ip} is a ClusterIP: it is only reachable from inside the cluster; from outside use a NodePort, a LoadBalancer or an Ingress`
      : inPodRange
        ? `${dst.ip} is a pod address: pod IPs are not routed outside the cluster`
        : `nothing in the cluster answers at ${dst.ip}`,
  });
}

function wire(from: string, target: string, node: Node, timeMs: number): Hop {
  return {
    kind: 'route',
    at: `node/${node.name}`,
    node: node.name,
    before: { src: from, dst: target },
    after: { src: from, dst: target },
    note: `the packet crosses the network and arrives at ${node.name} (${node.internalIP})`,
    timeMs,
  };
}

function stop(hops: Hop[], _startMs: number, outcome: Outcome): EntryResult {
  return { type: 'stop', hops, outcome };
}

function viaCloudLoadBalancer(
  cluster: Cluster,
  svc: Service,
  client: { ip: string; port: number },
  dst: { ip: string; port: number },
  state: SimulationState,
  startMs: number,
  viaNode?: string,
): EntryResult {
  const clientIP = client.ip;
  const from = formatAddress(client.ip, client.port);
  const target = formatAddress(dst.ip, dst.port);
  const at = `cloud-lb/${svc.meta.namespace}/${svc.meta.name}`;
  const timeMs = startMs + LATENCY_MS.internet;
  const lbHop = (note: string, text: string): Hop => ({
    kind: 'cloud-lb',
    at,
    before: { src: from, dst: target },
    after: { src: from, dst: target },
    rule: { source: 'cloud', text },
    note,
    timeMs,
  });
  const port = svc.ports.find((p) => p.port === dst.port);
  if (!port) {
    const listeners = svc.ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
    return stop([lbHop(`the load balancer has no listener on port ${dst.port}`, `listeners: ${listeners}`)], startMs, {
      type: 'timeout',
      reason: `the load balancer ${dst.ip} listens on ${listeners}, not ${dst.port}`,
    });
  }
  const ranges = svc.loadBalancerSourceRanges;
  if (ranges.length > 0 && !ranges.some((cidr) => ipInCidr(clientIP, cidr))) {
    return stop([lbHop(`the cloud firewall drops ${clientIP}: not in loadBalancerSourceRanges ${ranges.join(', ')}`, `allow ${ranges.join(', ')}`)], startMs, {
      type: 'dropped',
      reason: `${clientIP} is not in loadBalancerSourceRanges (${ranges.join(', ')})`,
    });
  }
  const local = svc.externalTrafficPolicy === 'Local';
  // The service controller leaves out nodes labelled to be excluded (kubeadm labels its control-plane nodes so).
  const backends = cluster.nodes.filter((n) => n.ready && n.meta.labels[EXCLUDE_FROM_LB] === undefined);
  const healthy = backends.filter((n) => !local || hasLocalReadyEndpoint(cluster, svc, n.name));
  if (healthy.length === 0) {
    return stop(
      [lbHop(local ? `every node fails the health check on healthCheckNodePort ${svc.healthCheckNodePort}: no node has a ready local endpoint` : 'no ready node', `health check :${svc.healthCheckNodePort}/healthz`)],
      startMs,
      { type: 'dropped', reason: local ? 'externalTrafficPolicy Local and no node has a ready endpoint: the load balancer has no healthy backend' : 'no ready node behind the load balancer' },
    );
  }
  const chosen = healthy.find((n) => n.name === viaNode) ?? (healthy[state.rng.int(healthy.length)] as Node);
  const names = healthy.map((n) => n.name).join(', ');
  const why = local
    ? `healthy nodes (healthCheckNodePort ${svc.healthCheckNodePort} answers 200 only where a ready endpoint runs): ${names}`
    : `all ready nodes are backends: ${names}`;
  const hop = lbHop(`the cloud load balancer keeps the client address and sends the connection to ${chosen.name}; ${why}`, `${dst.ip}:${dst.port} → nodes ${names}`);
  return { type: 'node', node: chosen, service: svc, hops: [hop, wire(from, target, chosen, timeMs + LATENCY_MS.cloudLB)] };
}

function hasLocalReadyEndpoint(cluster: Cluster, svc: Service, nodeName: string): boolean {
  return cluster.endpointSlices.some(
    (s) => s.meta.namespace === svc.meta.namespace && s.serviceName === svc.meta.name && s.endpoints.some((e) => e.nodeName === nodeName && e.conditions.ready),
  );
}
