import { nftChainsOf } from '../network/proxy/nftables';
import { buildProxyView, type ProxiedServicePort, type ProxyEndpoint, type ProxyView } from '../network/proxy/service-ports';
import { isAtLeast } from '../network/proxy/version';
import type { Cluster, Node } from '../model/types';
import { stableHash } from '../util/hash';
import { ipInCidr } from '../util/ipv4';
import { LATENCY_MS, formatAddress, packetDst, packetSrc, type Dataplane, type NodeProcessing } from './dataplane';
import { findVirtualServer, IPVS_IPTABLES, ipvsRuleRef, nftRuleRef } from './logical-rules';
import type { Packet } from './netfilter';
import { decide, type ServiceDecision } from './service-match';
import { activeConnections, nextRoundRobin, openConnection, type SimulationState } from './state';
import type { Hop, RuleRef } from './types';

/**
 * The IPVS and nftables data paths, from kube-proxy's decisions (service-match.ts) and each mode's way of
 * choosing an endpoint: the IPVS scheduler (rr, wrr, lc, wlc, sh, dh, sed, nq...) with its connection
 * counts and `persistent` timeout, or nftables' `numgen random mod N` with its affinity sets. Every hop
 * points at the rule the node's own table has (logical-rules.ts).
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

function pickIpvs(state: SimulationState, view: ProxyView, node: Node, port: ProxiedServicePort, endpoints: readonly ProxyEndpoint[], packet: Packet, scheduler: string): Pick {
  const vip = formatAddress(packet.dst, packet.dport);
  const key = `ipvs/${node.name}/${port.protocol}/${vip}`;
  const persistence = port.stickyMaxAgeSeconds;
  const persistKey = `${key}/${packet.src}`;
  const sticky = state.persistence.get(persistKey);
  let endpoint: ProxyEndpoint | undefined;
  let how = '';
  if (persistence !== undefined && sticky && sticky.untilMs > state.nowMs) {
    endpoint = endpoints.find((e) => e.endpoint === sticky.server);
    how = `persistent ${persistence}: ${packet.src} sticks to ${sticky.server}`;
  }
  if (!endpoint) {
    const conns = endpoints.map((e) => activeConnections(state, `${key}/${e.endpoint}`));
    // The kernel walks the real servers in order and keeps the first with the lowest score.
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
  }
  // The persistence template lives on while connections keep using it: each one re-arms its timer.
  if (persistence !== undefined) state.persistence.set(persistKey, { server: endpoint.endpoint, untilMs: state.nowMs + persistence * 1000 });
  openConnection(state, `${key}/${endpoint.endpoint}`, state.nowMs + CONNECTION_MS);
  const vs = findVirtualServer(view, port.protocol, packet.dst, packet.dport);
  const fallback = `${port.protocol}  ${vip} ${scheduler}${persistence !== undefined ? ` persistent ${persistence}` : ''}`;
  return { endpoint, rule: ipvsRuleRef(view, vs, fallback), note: `IPVS ${how} → ${endpoint.endpoint}` };
}

function pickNft(state: SimulationState, view: ProxyView, port: ProxiedServicePort, endpoints: readonly ProxyEndpoint[], packet: Packet, local: boolean): Pick {
  const chains = nftChainsOf(port);
  const chain = local ? chains.local : chains.service;
  const affinityKey = `nft/${view.nodeName}/${chain}/${packet.src}`;
  const sticky = state.persistence.get(affinityKey);
  let index = sticky && sticky.untilMs > state.nowMs ? endpoints.findIndex((e) => e.endpoint === sticky.server) : -1;
  const affinity = index >= 0;
  if (!affinity) index = state.rng.int(endpoints.length);
  const endpoint = endpoints[index] ?? (endpoints[0] as ProxyEndpoint);
  // `update @affinity-… { ip saddr }` in the endpoint chain refreshes the element's timeout on every connection.
  if (port.stickyMaxAgeSeconds !== undefined) state.persistence.set(affinityKey, { server: endpoint.endpoint, untilMs: state.nowMs + port.stickyMaxAgeSeconds * 1000 });
  const affinitySet = chains.affinity(endpoint);
  const rule = affinity
    ? nftRuleRef(view, chain, (r) => r.matches.some((m) => m.type === 'ip-in-set' && m.set === affinitySet), `ip saddr @${affinitySet} goto ${chains.endpoint(endpoint)}`)
    : nftRuleRef(view, chain, (r) => r.action.type === 'numgen', `numgen random mod ${endpoints.length}`);
  return {
    endpoint,
    rule,
    note: affinity ? `affinity set: ${packet.src} sticks to ${endpoint.endpoint}` : `numgen random mod ${endpoints.length} = ${index} → ${chains.endpoint(endpoint)}`,
  };
}

/** In IPVS mode every service address is bound to kube-ipvs0, so the node itself receives packets for it. */
function isIpvsAddress(view: ProxyView, ip: string): boolean {
  return view.servicePorts.some((p) => p.clusterIP === ip || p.externalIPs.includes(ip) || p.loadBalancerIPs.includes(ip));
}

function unmatched(mode: 'ipvs' | 'nftables', cluster: Cluster, view: ProxyView, packet: Packet, hop: HopWriter): NodeProcessing['verdict'] | undefined {
  if (mode === 'nftables' && ipInCidr(packet.dst, cluster.settings.serviceCIDR)) {
    // cluster-ips-check runs in filter-forward and filter-output-post-dnat: pods and the node alike.
    const known = view.servicePorts.some((p) => p.clusterIP === packet.dst);
    const rule = nftRuleRef(view, 'cluster-ips-check', (r) => r.action.type === (known ? 'reject' : 'drop'), known ? 'ip daddr @cluster-ips reject' : `ip daddr ${cluster.settings.serviceCIDR} drop`);
    hop('filter', packet, packet, known ? `${packet.dst} is a ClusterIP, but no Service port is ${packet.dport}/${packet.proto.toUpperCase()}: rejected` : `${packet.dst} is in the service range but no Service has it: dropped`, rule);
    return { type: known ? 'reject' : 'drop', reason: known ? `no service port ${packet.dport} on ${packet.dst}` : `${packet.dst} is not allocated to any Service`, rule };
  }
  if (mode === 'ipvs' && isIpvsAddress(view, packet.dst)) {
    // The address is local (kube-ipvs0) but no virtual server has this port: KUBE-IPVS-FILTER (v1.25+)
    // rejects it; before that the node's own TCP stack answered with a reset.
    const filter = isAtLeast(view.options.version, 25);
    const rule: RuleRef = filter
      ? { source: 'iptables', node: view.nodeName, table: 'filter', chain: 'KUBE-IPVS-FILTER', text: IPVS_IPTABLES.ipvsFilter }
      : { source: 'ipvs', node: view.nodeName, text: `no virtual server ${packet.proto.toUpperCase()}  ${packetDst(packet)}` };
    hop('filter', packet, packet, `${packet.dst} is bound to kube-ipvs0 but no virtual server listens on port ${packet.dport}: ${filter ? 'KUBE-IPVS-FILTER rejects it' : 'the node answers with a reset'}`, rule);
    return { type: 'reject', reason: `no virtual server ${packetDst(packet)}`, rule };
  }
  return undefined;
}

type HopWriter = (kind: Hop['kind'], before: Packet, after: Packet, note: string, rule?: RuleRef) => void;

function stopRule(mode: 'ipvs' | 'nftables', view: ProxyView, decision: Extract<ServiceDecision, { type: 'reject' | 'drop' }>, packet: Packet): RuleRef {
  const { port, door } = decision;
  if (mode === 'nftables') {
    if (decision.cause === 'source-range') return nftRuleRef(view, nftChainsOf(port).firewall, (r) => r.action.type === 'drop', 'drop');
    const chain = door === 'nodePort' ? 'nodeport-endpoints-check' : 'service-endpoints-check';
    return nftRuleRef(view, chain, (r) => r.action.type === 'vmap', door === 'nodePort' ? 'meta l4proto . th dport vmap @no-endpoint-nodeports' : 'ip daddr . meta l4proto . th dport vmap @no-endpoint-services');
  }
  if (decision.cause === 'source-range') return { source: 'iptables', node: view.nodeName, table: 'filter', chain: 'KUBE-SOURCE-RANGES-FIREWALL', text: IPVS_IPTABLES.sourceRanges };
  const vs = findVirtualServer(view, port.protocol, packet.dst, packet.dport);
  return ipvsRuleRef(view, vs, `${port.protocol}  ${packetDst(packet)} ${view.options.ipvsScheduler || 'rr'}`);
}

function makeDataplane(mode: 'ipvs' | 'nftables'): Dataplane {
  return ({ cluster, node, packet, state, startMs }): NodeProcessing => {
    const view = proxyViewFor(cluster, node.name);
    const local = new Set([node.internalIP, '127.0.0.1']);
    const decision = decide(view, packet, local);
    const hops: Hop[] = [];
    let t = startMs;
    const at = `node/${node.name}`;
    const hop: HopWriter = (kind, before, after, note, rule) => {
      t += LATENCY_MS.rule;
      hops.push({ kind, at, node: node.name, before: { src: packetSrc(before), dst: packetDst(before) }, after: { src: packetSrc(after), dst: packetDst(after) }, note, timeMs: t, ...(rule ? { rule } : {}) });
    };
    if (decision.type === 'none') {
      const verdict = unmatched(mode, cluster, view, packet, hop);
      return { hops, verdict: verdict ?? { type: 'forward', packet, masqueraded: false } };
    }
    const { port } = decision;
    if (decision.type !== 'endpoints') {
      const rule = stopRule(mode, view, decision, packet);
      if (mode === 'ipvs' && decision.cause !== 'source-range') {
        // A virtual server without real servers: ip_vs_leave() answers ICMP port unreachable.
        const reason = `${decision.reason} (the IPVS virtual server has no real server${decision.cause === 'no-local-endpoints' ? ' on this node' : ''})`;
        hop('ipvs', packet, packet, reason, rule);
        return { hops, verdict: { type: 'reject', reason, rule } };
      }
      hop('filter', packet, packet, decision.reason, rule);
      return { hops, verdict: { type: decision.type, reason: decision.reason, rule } };
    }
    if (decision.endpoints.length === 0) return { hops, verdict: { type: 'drop', reason: `${port.spn} has no usable endpoint on ${node.name}` } };
    const spn = port.spn;
    const chains = nftChainsOf(port);
    const lookup: RuleRef =
      mode === 'nftables'
        ? decision.door === 'nodePort'
          ? nftRuleRef(view, 'services', (r) => r.action.type === 'vmap' && r.action.map === 'service-nodeports', 'meta l4proto . th dport vmap @service-nodeports')
          : nftRuleRef(view, 'services', (r) => r.action.type === 'vmap' && r.action.map === 'service-ips', 'ip daddr . meta l4proto . th dport vmap @service-ips')
        : ipvsRuleRef(view, findVirtualServer(view, port.protocol, packet.dst, packet.dport), `${port.protocol}  ${packetDst(packet)}`);
    const target = decision.door === 'clusterIP' ? (decision.chain === 'SVL' ? chains.local : chains.service) : chains.external;
    const lookupNote =
      mode === 'nftables'
        ? `${spn} ${decision.door}: ${port.proto} . ${packet.dport} → goto ${target}; ${decision.why}`
        : `${spn} ${decision.door}: ${decision.door === 'nodePort' ? `${node.internalIP}:${packet.dport} is a virtual server for the NodePort` : `${packetDst(packet)} is a virtual server (address bound to kube-ipvs0)`}; ${decision.why}`;
    hop('nat', packet, packet, lookupNote, lookup);
    const pick = mode === 'ipvs' ? pickIpvs(state, view, node, port, decision.endpoints, packet, view.options.ipvsScheduler || 'rr') : pickNft(state, view, port, decision.endpoints, packet, decision.chain === 'SVL');
    let out: Packet = { ...packet, dst: pick.endpoint.ip, dport: pick.endpoint.port, dnat: true };
    if (mode === 'ipvs') hop('ipvs', packet, out, `${pick.note}: DNAT ${packetDst(packet)} → ${packetDst(out)}`, pick.rule);
    else {
      hop('nat', packet, packet, pick.note, pick.rule);
      const endpointChain = chains.endpoint(pick.endpoint);
      const dnat = nftRuleRef(view, endpointChain, (r) => r.action.type === 'dnat', `meta l4proto ${port.proto} dnat to ${pick.endpoint.endpoint}`);
      hop('nat', packet, out, `${endpointChain}: DNAT ${packetDst(packet)} → ${packetDst(out)}`, dnat);
    }
    // Hairpin: the endpoint chain (nftables) or KUBE-LOOP-BACK (IPVS) masquerades a pod that reaches itself.
    const hairpin = pick.endpoint.ip === packet.src;
    const masquerade = decision.masquerade || hairpin;
    if (masquerade) {
      const before = out;
      out = { ...out, src: node.internalIP };
      const rule: RuleRef =
        mode === 'nftables'
          ? nftRuleRef(view, 'masquerading', (r) => r.action.type === 'masquerade', 'masquerade fully-random')
          : { source: 'iptables', node: node.name, table: 'nat', chain: 'KUBE-POSTROUTING', text: hairpin && !decision.masquerade ? IPVS_IPTABLES.hairpin : IPVS_IPTABLES.masquerade };
      hop('masquerade', before, out, `SNAT: src ${before.src} → ${node.internalIP} (masquerade${hairpin ? ', hairpin: the pod reaches itself' : ''})`, rule);
    }
    return { hops, verdict: { type: 'forward', packet: out, masqueraded: masquerade, servicePortName: spn } };
  };
}

export const ipvsDataplane = makeDataplane('ipvs');
export const nftablesDataplane = makeDataplane('nftables');
