import { buildIpvsFromView, type IpvsState, type VirtualServer } from '../network/proxy/ipvs';
import { buildNftablesFromView } from '../network/proxy/nftables';
import type { NftRule, NftTable } from '../network/proxy/nftables-types';
import type { ProxyView } from '../network/proxy/service-ports';
import type { RuleRef } from './types';

/**
 * The rules a trace points at in IPVS and nftables mode, taken from the same tables the rule views show
 * (`nft list table ip kube-proxy`, `ipvsadm -Ln`), so a hop's id highlights a real line: nftables ids are
 * "nft/<chain>#<index>", IPVS ids the virtual server's "TCP/10.96.0.1:443".
 */
const nftCache = new WeakMap<ProxyView, NftTable>();
const ipvsCache = new WeakMap<ProxyView, IpvsState>();

export function nftTableFor(view: ProxyView): NftTable {
  let table = nftCache.get(view);
  if (!table) nftCache.set(view, (table = buildNftablesFromView(view)));
  return table;
}

export function ipvsStateFor(view: ProxyView): IpvsState {
  let state = ipvsCache.get(view);
  if (!state) ipvsCache.set(view, (state = buildIpvsFromView(view)));
  return state;
}

/** The first rule of a chain that satisfies `match`, as a trace reference; a note stands in when the table has no such rule. */
export function nftRuleRef(view: ProxyView, chain: string, match: (rule: NftRule) => boolean, fallback: string): RuleRef {
  const rule = nftTableFor(view).chains.find((c) => c.name === chain)?.rules.find(match);
  const base = { source: 'nftables', node: view.nodeName, table: 'ip kube-proxy', chain } as const;
  return rule ? { ...base, id: rule.id, text: rule.text } : { ...base, text: fallback };
}

export function findVirtualServer(view: ProxyView, protocol: string, ip: string, port: number): VirtualServer | undefined {
  const id = `${protocol}/${ip}:${port}`;
  return ipvsStateFor(view).virtualServers.find((vs) => vs.id === id);
}

/** The virtual server's lines of `ipvsadm -Ln`. */
export function ipvsRuleRef(view: ProxyView, vs: VirtualServer | undefined, fallback: string): RuleRef {
  const base = { source: 'ipvs', node: view.nodeName } as const;
  if (!vs) return { ...base, text: fallback };
  const flags = vs.flags.length > 0 ? ` ${vs.flags.join(',')}` : '';
  const persistent = vs.persistentTimeoutSeconds === undefined ? '' : ` persistent ${vs.persistentTimeoutSeconds}`;
  const lines = [`${vs.protocol}  ${vs.address}:${vs.port} ${vs.scheduler}${flags}${persistent}`];
  for (const rs of vs.realServers) lines.push(`  -> ${`${rs.ip}:${rs.port}`.padEnd(28)} ${rs.forward.padEnd(7)} ${rs.weight}`);
  return { ...base, chain: vs.kind, id: vs.id, text: lines.join('\n') };
}

/** kube-proxy's few iptables rules in IPVS mode, as iptables-save prints them. */
export const IPVS_IPTABLES = {
  masquerade: '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
  hairpin: '-A KUBE-POSTROUTING -m comment --comment "Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose" -m set --match-set KUBE-LOOP-BACK dst,dst,src -j MASQUERADE',
  ipvsFilter: '-A KUBE-IPVS-FILTER -m conntrack --ctstate NEW -m set --match-set KUBE-IPVS-IPS dst -j REJECT --reject-with icmp-port-unreachable',
  sourceRanges: '-A KUBE-SOURCE-RANGES-FIREWALL -j DROP',
} as const;
