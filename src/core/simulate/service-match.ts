import type { ProxiedServicePort, ProxyEndpoint, ProxyView } from '../network/proxy/service-ports';
import { ipInCidr } from '../util/ipv4';
import type { Packet } from './netfilter';

/**
 * kube-proxy's decisions for one packet, independent of how a mode writes them down (§1.3, §1.6): which
 * service port the packet is for and by which door (clusterIP, externalIP, load balancer IP, NodePort),
 * which endpoints it may go to, whether it is masqueraded, or why it stops. The IPVS and nftables data
 * paths use this; the iptables path gets the same answers by walking the real rules.
 */
export type Door = 'clusterIP' | 'externalIP' | 'loadBalancer' | 'nodePort';

export type ServiceDecision =
  | { readonly type: 'none' }
  | {
      readonly type: 'endpoints';
      readonly port: ProxiedServicePort;
      readonly door: Door;
      readonly endpoints: readonly ProxyEndpoint[];
      readonly masquerade: boolean;
      /** KUBE-SVC (cluster endpoints) or KUBE-SVL (local endpoints): nftables names its chain service- or local-. */
      readonly chain: 'SVC' | 'SVL';
      readonly why: string;
    }
  | {
      readonly type: 'reject' | 'drop';
      readonly port: ProxiedServicePort;
      readonly door: Door;
      readonly reason: string;
      /** Why: IPVS answers the first two alike (a virtual server without real servers), the third is a firewall drop. */
      readonly cause: 'no-endpoints' | 'no-local-endpoints' | 'source-range';
    };

export function matchDoor(view: ProxyView, packet: Packet, local: ReadonlySet<string>): { port: ProxiedServicePort; door: Door } | undefined {
  for (const port of view.servicePorts) {
    if (port.proto !== packet.proto) continue;
    if (packet.dport === port.port) {
      if (port.clusterIP === packet.dst) return { port, door: 'clusterIP' };
      if (port.externalIPs.includes(packet.dst)) return { port, door: 'externalIP' };
      if (port.loadBalancerIPs.includes(packet.dst)) return { port, door: 'loadBalancer' };
    }
  }
  if (!local.has(packet.dst)) return undefined;
  for (const port of view.servicePorts) if (port.proto === packet.proto && port.nodePort !== 0 && port.nodePort === packet.dport) return { port, door: 'nodePort' };
  return undefined;
}

export function decide(view: ProxyView, packet: Packet, local: ReadonlySet<string>): ServiceDecision {
  const match = matchDoor(view, packet, local);
  if (!match) return { type: 'none' };
  const { port, door } = match;
  const d = port.decisions;
  const c = port.categorized;
  const spn = port.spn;
  const podSource = view.options.clusterCIDR !== '' && ipInCidr(packet.src, view.options.clusterCIDR);
  const localSource = local.has(packet.src);
  if (door === 'clusterIP') {
    if (!d.hasInternalEndpoints) {
      const f = d.internalFilter ?? { target: 'REJECT', reason: 'has no endpoints' };
      const cause = f.target === 'DROP' ? 'no-local-endpoints' : 'no-endpoints';
      return { type: f.target === 'DROP' ? 'drop' : 'reject', port, door, reason: `${spn} ${f.reason}`, cause };
    }
    const endpoints = d.internalPolicyLocal ? c.localEndpoints : c.clusterEndpoints;
    // Hairpin (the chosen endpoint is the sender) is masqueraded per endpoint, once one is picked.
    const masq = view.options.masqueradeAll || (view.options.clusterCIDR !== '' && !podSource);
    const why = d.internalPolicyLocal ? 'internalTrafficPolicy Local: only this node’s endpoints' : 'all ready endpoints';
    return { type: 'endpoints', port, door, endpoints, masquerade: masq, chain: d.internalPolicyLocal ? 'SVL' : 'SVC', why };
  }
  if (!d.hasEndpoints) return { type: 'reject', port, door, reason: `${spn} has no endpoints`, cause: 'no-endpoints' };
  if (door === 'loadBalancer' && port.loadBalancerSourceRanges.length > 0) {
    const allowed = port.loadBalancerSourceRanges.some((r) => ipInCidr(packet.src, r));
    if (!allowed) return { type: 'drop', port, door, reason: `${packet.src} is not in loadBalancerSourceRanges of ${spn}`, cause: 'source-range' };
  }
  if (!d.externalPolicyLocal) return { type: 'endpoints', port, door, endpoints: c.clusterEndpoints, masquerade: true, chain: 'SVC', why: 'externalTrafficPolicy Cluster: any endpoint, source masqueraded' };
  if (podSource) return { type: 'endpoints', port, door, endpoints: c.clusterEndpoints, masquerade: false, chain: 'SVC', why: 'a pod source is short-circuited to all endpoints' };
  if (localSource) return { type: 'endpoints', port, door, endpoints: c.clusterEndpoints, masquerade: true, chain: 'SVC', why: 'a node-local source goes to all endpoints, masqueraded' };
  if (!d.hasExternalEndpoints) return { type: 'drop', port, door, reason: `${spn} has no local endpoints`, cause: 'no-local-endpoints' };
  return { type: 'endpoints', port, door, endpoints: c.localEndpoints, masquerade: false, chain: 'SVL', why: 'externalTrafficPolicy Local: only this node’s endpoints, client address kept' };
}
