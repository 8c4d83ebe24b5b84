import { nftEndpointChainBase, nftServicePortChainBase } from '../network/proxy/hash';
import { buildProxyView, type ProxiedServicePort, type ProxyEndpoint, type ProxyView } from '../network/proxy/service-ports';
import type { Cluster, Node } from '../model/types';
import { stableHash } from '../util/hash';
import { ipInCidr } from '../util/ipv4';
import { LATENCY_MS, formatAddress, packetDst, packetSrc, type Dataplane, type NodeProcessing } from './dataplane';
import type { Packet } from './netfilter';
import { decide, type Door } from './service-match';
import { activeConnections, nextRoundRobin, openConnection, type SimulationState } from './state';
import type { Hop, RuleRef } from './types';

/**
 * The IPVS and nftables data paths, from kube-proxy's decisions (service-match.ts) and each mode's way of
 * choosing an endpoint: the IPVS scheduler (rr, wrr, lc, wlc, sh, dh, sed, nq...) with its connection
 * counts and `persistent` timeout, or nftables' `numgen random mod N` with its affinity sets.
 */
const viewCache = new WeakMap<Cluster, Map<string, ProxyView>>();

export function proxyViewFor(cluster: Cluster, nodeName: string): ProxyView {
  let perNode = viewCache.get(cluster);
  if (!perNode) viewCache.set(cluster, (perNode = new Map()));
  let view = perNode.get(nodeName);
  if (!view) perNode.set(nodeName, (view = buildProxyView(cluster, nodeName)));
  return view;
}

/** How long a simulated connection stays open (IPVS counts it as active meanwhile). */
export const CONNECTION_MS = 50;

type Pick = { endpoint: ProxyEndpoint; rule: RuleRef; note: string };

function pickIpvs(state: SimulationState, node: Node, port: ProxiedServicePort, door: Door, endpoints: readonly ProxyEndpoint[], packet: Packet, scheduler: string): Pick {
  const vip = formatAddress(packet.dst, packet.dport);
  const key = `ipvs/${node.name}/${port.protocol}/${vip}`;
  const persistence = port.stickyMaxAgeSeconds;
  const persistKey = `${key}/${packet.src}`;
  const sticky = state.persistence.get(persistKey);
  let endpoint: ProxyEndpoint | undefined;
  let how: string;
  if (persistence !== undefined && sticky && sticky.untilMs > state.nowMs) {
    endpoint = endpoints.find((e) => e.endpoint === sticky.server);
    how = `persistent ${persistence}: ${packet.src} sticks to ${sticky.server}`;
  } else how = '';
  if (!endpoint) {
    const conns = endpoints.map((e) => activeConnections(state, `${key}/${e.endpoint}`));
    const least = (score: (active: number) => number): number => {
      let best = 0;
      conns.forEach((c, i) => {
        if (score(c) < score(conns[best] ?? 0)) best = i;
      });
      return best;
    };
    let i: number;
    switch (scheduler) {
      case 'sh':
      case 'mh':
        i = stableHash(0, packet.src) % endpoints.length;
        how = `${scheduler}: hash of the source address ${packet.src}`;
        break;
      case 'dh':
        i = stableHash(0, packet.dst) % endpoints.length;
        how = `dh: hash of the destination address`;
        break;
      case 'lc':
      case 'wlc':
      case 'lblc':
      case 'lblcr':
        i = least((a) => a);
        how = `${scheduler}: fewest active connections (${conns.join(', ')})`;
        break;
      case 'sed':
        i = least((a) => a + 1);
        how = `sed: shortest expected delay (active ${conns.join(', ')})`;
        break;
      case 'nq':
        i = conns.findIndex((c) => c === 0);
        if (i < 0) i = least((a) => a + 1);
        how = `nq: an idle server first (active ${conns.join(', ')})`;
        break;
      default:
        // rr and wrr (every weight is 1) rotate per virtual server.
        i = nextRoundRobin(state, key, endpoints.length);
        how = `${scheduler === 'wrr' ? 'wrr (all weights 1)' : 'rr'}: next in rotation (${i + 1} of ${endpoints.length})`;
    }
    endpoint = endpoints[i] ?? (endpoints[0] as ProxyEndpoint);
    if (persistence !== undefined) state.persistence.set(persistKey, { server: endpoint.endpoint, untilMs: state.nowMs + persistence * 1000 });
  }
  openConnection(state, `${key}/${endpoint.endpoint}`, state.nowMs + CONNECTION_MS);
  const header = `${port.protocol}  ${vip} ${scheduler}${persistence !== undefined ? ` persistent ${persistence}` : ''}`;
  const servers = endpoints.map((e) => `  -> ${e.endpoint.padEnd(28)}Masq    1`).join('\n');
  return { endpoint, rule: { source: 'ipvs', node: node.name, chain: `${door} ${vip}`, id: `ipvs/${node.name}/${port.protocol}/${vip}`, text: `${header}\n${servers}` }, note: `IPVS ${how} → ${endpoint.endpoint}` };
}

function pickNft(state: SimulationState, node: Node, port: ProxiedServicePort, endpoints: readonly ProxyEndpoint[], packet: Packet, local: boolean): Pick {
  const base = nftServicePortChainBase(port, port.protocol);
  const chain = `${local ? 'local' : 'service'}-${base}`;
  const names = endpoints.map((e) => `endpoint-${nftEndpointChainBase(port, port.protocol, e.ip, e.port)}`);
  const affinityKey = `nft/${node.name}/${chain}/${packet.src}`;
  const sticky = state.persistence.get(affinityKey);
  let index = sticky && sticky.untilMs > state.nowMs ? endpoints.findIndex((e) => e.endpoint === sticky.server) : -1;
  const affinity = index >= 0;
  if (!affinity) index = state.rng.int(endpoints.length);
  const endpoint = endpoints[index] ?? (endpoints[0] as ProxyEndpoint);
  if (port.stickyMaxAgeSeconds !== undefined) state.persistence.set(affinityKey, { server: endpoint.endpoint, untilMs: state.nowMs + port.stickyMaxAgeSeconds * 1000 });
  const vmap = names.map((n, i) => `${i} : goto ${n}`).join(' , ');
  const text = affinity
    ? `ip saddr @affinity-${nftEndpointChainBase(port, port.protocol, endpoint.ip, endpoint.port)} goto ${names[index] ?? ''}`
    : `numgen random mod ${endpoints.length} vmap { ${vmap} }`;
  return {
    endpoint,
    rule: { source: 'nftables', node: node.name, table: 'ip kube-proxy', chain, id: `nft/${node.name}/${chain}`, text },
    note: affinity ? `affinity set: ${packet.src} sticks to ${endpoint.endpoint}` : `numgen random mod ${endpoints.length} = ${index} → ${endpoint.endpoint}`,
  };
}

function makeDataplane(mode: 'ipvs' | 'nftables'): Dataplane {
  return ({ cluster, node, packet, hook, state, startMs }): NodeProcessing => {
    const view = proxyViewFor(cluster, node.name);
    const local = new Set([node.internalIP, '127.0.0.1']);
    const decision = decide(view, packet, local);
    const hops: Hop[] = [];
    let t = startMs;
    const at = `node/${node.name}`;
    const hop = (kind: Hop['kind'], before: Packet, after: Packet, note: string, rule?: RuleRef): void => {
      t += LATENCY_MS.rule;
      hops.push({ kind, at, node: node.name, before: { src: packetSrc(before), dst: packetDst(before) }, after: { src: packetSrc(after), dst: packetDst(after) }, note, timeMs: t, ...(rule ? { rule } : {}) });
    };
    if (decision.type === 'none') {
      // nftables rejects a known ClusterIP on an undefined port and drops unallocated service addresses.
      if (mode === 'nftables' && hook !== 'OUTPUT' && ipInCidr(packet.dst, cluster.settings.serviceCIDR)) {
        const known = view.servicePorts.some((p) => p.clusterIP === packet.dst);
        const rule: RuleRef = { source: 'nftables', node: node.name, table: 'ip kube-proxy', chain: 'services', text: known ? 'ip daddr @cluster-ips reject' : `ip daddr ${cluster.settings.serviceCIDR} drop` };
        hop('filter', packet, packet, known ? 'a ClusterIP on a port no Service defines: rejected' : 'an unallocated address of the service range: dropped', rule);
        return { hops, verdict: { type: known ? 'reject' : 'drop', reason: known ? `no service port ${packet.dport} on ${packet.dst}` : `${packet.dst} is not allocated to any Service`, rule } };
      }
      return { hops, verdict: { type: 'forward', packet, masqueraded: false } };
    }
    const { port } = decision;
    if (decision.type !== 'endpoints') {
      const rule: RuleRef =
        mode === 'nftables'
          ? { source: 'nftables', node: node.name, table: 'ip kube-proxy', chain: 'filter-prerouting', text: `${decision.door === 'nodePort' ? 'meta l4proto . th dport vmap @no-endpoint-nodeports' : 'ip daddr . meta l4proto . th dport vmap @no-endpoint-services'} → ${decision.type === 'reject' ? 'goto reject-chain' : 'drop'}` }
          : { source: 'ipvs', node: node.name, text: `${port.protocol}  ${formatAddress(packet.dst, packet.dport)} ${view.options.ipvsScheduler || 'rr'} (no real servers)` };
      hop('filter', packet, packet, decision.reason, rule);
      if (mode === 'ipvs' && decision.type === 'reject') return { hops, verdict: { type: 'drop', reason: `${decision.reason}: the IPVS virtual server has no real servers, the connection gets no answer`, rule } };
      return { hops, verdict: { type: decision.type, reason: decision.reason, rule } };
    }
    if (decision.endpoints.length === 0) return { hops, verdict: { type: 'drop', reason: `${port.spn} has no usable endpoint on ${node.name}` } };
    const spn = port.spn;
    const lookup: RuleRef =
      mode === 'nftables'
        ? { source: 'nftables', node: node.name, table: 'ip kube-proxy', chain: 'services', text: decision.door === 'nodePort' ? `meta l4proto . th dport vmap @service-nodeports: ${port.proto} . ${packet.dport} : goto external-${nftServicePortChainBase(port, port.protocol)}` : `ip daddr . meta l4proto . th dport vmap @service-ips: ${packet.dst} . ${port.proto} . ${packet.dport} : goto ${decision.door === 'clusterIP' ? 'service' : 'external'}-${nftServicePortChainBase(port, port.protocol)}` }
        : { source: 'ipvs', node: node.name, text: `${decision.door === 'nodePort' ? `${node.internalIP}:${packet.dport}` : packetDst(packet)} is an IPVS virtual server (${decision.door === 'nodePort' ? 'NodePort' : 'address bound to kube-ipvs0'})` };
    hop('nat', packet, packet, `${spn} ${decision.door}: ${decision.why}`, lookup);
    const pick = mode === 'ipvs' ? pickIpvs(state, node, port, decision.door, decision.endpoints, packet, view.options.ipvsScheduler || 'rr') : pickNft(state, node, port, decision.endpoints, packet, decision.chain === 'SVL');
    let out: Packet = { ...packet, dst: pick.endpoint.ip, dport: pick.endpoint.port, dnat: true };
    hop(mode === 'ipvs' ? 'ipvs' : 'nat', packet, out, `${pick.note}: DNAT ${packetDst(packet)} → ${packetDst(out)}`, pick.rule);
    const masquerade = decision.masquerade || (pick.endpoint.ip === packet.src && decision.door === 'clusterIP');
    if (masquerade) {
      const before = out;
      out = { ...out, src: node.internalIP };
      const rule: RuleRef = mode === 'nftables' ? { source: 'nftables', node: node.name, table: 'ip kube-proxy', chain: 'masquerading', text: 'meta mark & 0x00004000 == 0x00004000 masquerade fully-random' } : { source: 'iptables', node: node.name, table: 'nat', chain: 'KUBE-POSTROUTING', text: '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully' };
      hop('masquerade', before, out, `SNAT: src ${before.src} → ${node.internalIP} (masquerade)`, rule);
    }
    return { hops, verdict: { type: 'forward', packet: out, masqueraded: masquerade, servicePortName: spn } };
  };
}

export const ipvsDataplane = makeDataplane('ipvs');
export const nftablesDataplane = makeDataplane('nftables');
