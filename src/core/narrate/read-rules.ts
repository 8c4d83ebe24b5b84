import type { Hop, RuleRef } from '../simulate/types';
import type { HopFact } from './facts';
import {
  endpointInComment,
  formatProbability,
  ipOf,
  nftComment,
  nftGoto,
  nftMap,
  nftRandomCount,
  portOf,
  readIpvsListing,
  readIptablesLine,
} from './rule-text';
import type { HopNarrationContext } from './types';

/**
 * The facts of kube-proxy's rule hops (`nat`, `filter`, `ipvs`), read from the rule each hop points at.
 * iptables rules are read from their iptables-save line; nftables and IPVS rules from their own listings.
 */
export function readRuleHop(hop: Hop, rule: RuleRef, context: HopNarrationContext): HopFact {
  switch (rule.source) {
    case 'iptables':
      return readIptablesHop(hop, rule);
    case 'nftables':
      return readNftHop(hop, rule, context);
    case 'ipvs':
      return readIpvsHop(hop, rule);
    case 'dns':
    case 'ingress':
    case 'cloud':
      return anyRule(hop, rule);
  }
}

function anyRule(hop: Hop, rule: RuleRef): HopFact {
  return { type: 'rule', source: rule.source, ...(rule.chain !== undefined ? { chain: rule.chain } : {}), from: hop.before.dst, to: hop.after.dst };
}

function readIptablesHop(hop: Hop, rule: RuleRef): HopFact {
  const line = readIptablesLine(rule.text);
  const chain = rule.chain ?? '?';
  const target = line.target;
  const comment = line.comment !== undefined ? { comment: line.comment } : {};
  switch (target) {
    case undefined:
      return anyRule(hop, rule);
    case 'DNAT':
      return { type: 'dnat', chain, to: hop.after.dst !== hop.before.dst ? hop.after.dst : (line.toDestination ?? hop.after.dst) };
    case 'MARK': {
      const mark = line.setMark;
      if (!mark) return anyRule(hop, rule);
      // --set-xmark value/mask zeroes the mask's bits, then XORs the value in. kube-proxy's --xor-mark 0x4000
      // (saved as 0x4000/0x0) runs only on marked packets, so it clears the mark; 0x4000/0x4000 sets it.
      const hex = `0x${(mark.value || mark.mask).toString(16)}`;
      return mark.mask !== 0 && mark.value !== 0 ? { type: 'mark-set', chain, mark: hex } : { type: 'mark-clear', chain, mark: hex };
    }
    case 'RETURN':
      return line.withoutMark ? { type: 'no-masquerade', chain, src: ipOf(hop.after.src) } : { type: 'return', chain };
    case 'ACCEPT':
      return { type: 'accept', chain, ...comment };
    case 'REJECT':
      return { type: 'reject', chain, dst: hop.before.dst, ...comment };
    case 'DROP':
      return { type: 'drop', chain, dst: hop.before.dst, ...comment };
    case 'MASQUERADE':
    case 'SNAT':
      // Recorded as a `masquerade` hop by the engines; a bare rule hop here only says the rule matched.
      return anyRule(hop, rule);
    case 'KUBE-MARK-MASQ':
      return { type: 'mark-for-masquerade', chain, ...(line.notFrom !== undefined ? { notFrom: line.notFrom } : {}) };
    case 'KUBE-NODEPORTS':
      return { type: 'to-nodeports', chain, dst: hop.before.dst, target };
  }
  if (line.affinityCheck) return { type: 'affinity', chain, client: ipOf(hop.before.src), target };
  const endpoint = endpointInComment(line.comment);
  const at = endpoint !== undefined ? { endpoint } : {};
  if (line.probability !== undefined) return { type: 'random-pick', chain, probability: formatProbability(line.probability), target, ...at };
  if (chain === 'KUBE-SERVICES') return { type: 'service-match', chain, dst: hop.before.dst, target };
  if (chain === 'KUBE-NODEPORTS') return { type: 'nodeport-match', chain, port: String(portOf(hop.before.dst) ?? ''), target };
  if (target.startsWith('KUBE-SEP-')) return { type: 'endpoint-jump', chain, target, ...at };
  if (target.startsWith('KUBE-SVL-')) return { type: 'local-jump', chain, target };
  return { type: 'jump', chain, target };
}

function readNftHop(hop: Hop, rule: RuleRef, context: HopNarrationContext): HopFact {
  const chain = rule.chain ?? '?';
  const text = rule.text;
  if (hop.after.dst !== hop.before.dst && /\bdnat\b/.test(text)) return { type: 'dnat', chain, to: hop.after.dst };
  const map = nftMap(text);
  if (map !== undefined && map.startsWith('no-endpoint')) {
    const verdict = context.outcome?.type === 'refused' ? 'reject' : context.outcome?.type === 'dropped' ? 'drop' : undefined;
    return { type: 'verdict-map', chain, map, dst: hop.before.dst, ...(verdict ? { verdict } : {}) };
  }
  if (map !== undefined) return { type: 'nft-lookup', chain, map, dst: hop.before.dst };
  const count = nftRandomCount(text);
  if (count !== undefined) return { type: 'nft-random', chain, count };
  if (/ip saddr @affinity/.test(text)) {
    const target = nftGoto(text);
    return { type: 'nft-affinity', chain, client: ipOf(hop.before.src), ...(target !== undefined ? { target } : {}) };
  }
  const comment = nftComment(text);
  const withComment = comment !== undefined ? { comment } : {};
  if (/\breject\b/.test(text)) return { type: 'reject', chain, dst: hop.before.dst, ...withComment };
  if (/\bdrop\b/.test(text)) return { type: 'drop', chain, dst: hop.before.dst, ...withComment };
  return anyRule(hop, rule);
}

function readIpvsHop(hop: Hop, rule: RuleRef): HopFact {
  const listing = readIpvsListing(rule.text);
  if (hop.after.dst !== hop.before.dst)
    return { type: 'ipvs-pick', ...(listing.scheduler !== undefined ? { scheduler: listing.scheduler } : {}), to: hop.after.dst };
  // An IPVS hop that changes nothing is a virtual server without real servers answering for itself.
  if (hop.kind === 'ipvs') return { type: 'ipvs-no-real-server', vip: hop.before.dst };
  return { type: 'ipvs-lookup', ...(hop.node !== undefined ? { node: hop.node } : {}), vip: hop.before.dst, realServers: listing.realServers };
}
