/**
 * kube-proxy on one node: its view of the Services (buildProxyView) and the rule tables it programs
 * in each proxy mode, as structured data with the text a real node shows.
 */
import type { IptablesRule, IptablesRuleset } from './iptables-types';
import type { NftRule, NftTable } from './nftables-types';

export { buildProxyView, isProxiedService } from './service-ports';
export type { ProxiedServicePort, ProxyEndpoint, ProxyView } from './service-ports';
export { categorizeEndpoints, topologyModeFromHints } from './categorize';
export type { CategorizedEndpoints, TopologyMode } from './categorize';
export type { MissingEndpointsFilter, PolicyChainKind, ServicePortDecisions } from './decisions';
export { resolveProxyOptions } from './options';
export type { ProxyOptions, ResolvedProxyOptions } from './options';
export {
  endpointChainName,
  nftEndpointChainBase,
  nftServicePortChainBase,
  serviceChainName,
  servicePortNameString,
} from './hash';
export { effectiveProbability, savedProbability, writtenProbability } from './probability';
export { buildIptables, buildIptablesFromView, chainsOf, LARGE_CLUSTER_ENDPOINTS_THRESHOLD } from './iptables-rules';
export { renderIptablesSave, renderSavedRule, renderWrittenRule } from './iptables-save';
export { MASQUERADE_MARK } from './iptables-static';
export type * from './iptables-types';
export { buildIpvs, buildIpvsFromView, renderIpvsadm } from './ipvs';
export type { ConnectionCounts, IpvsIpset, IpvsState, RealServer, VirtualServer, VirtualServerKind } from './ipvs';
export { buildNftables, buildNftablesFromView, nftChainsOf } from './nftables';
export { renderNft } from './nft-render';
export type * from './nftables-types';

const iptablesIndex = new WeakMap<IptablesRuleset, ReadonlyMap<string, IptablesRule>>();
const nftIndex = new WeakMap<NftTable, ReadonlyMap<string, NftRule>>();

/** The rule with this id ("nat/KUBE-SERVICES/3"), for a trace that points at the rule a packet hit. */
export function findIptablesRule(ruleset: IptablesRuleset, id: string): IptablesRule | undefined {
  let index = iptablesIndex.get(ruleset);
  if (!index) {
    index = new Map(ruleset.tables.flatMap((t) => t.chains.flatMap((c) => c.rules.map((r) => [r.id, r] as const))));
    iptablesIndex.set(ruleset, index);
  }
  return index.get(id);
}

/** The nftables rule with this id ("nft/services#0"). */
export function findNftRule(table: NftTable, id: string): NftRule | undefined {
  let index = nftIndex.get(table);
  if (!index) {
    index = new Map(table.chains.flatMap((c) => c.rules.map((r) => [r.id, r] as const)));
    nftIndex.set(table, index);
  }
  return index.get(id);
}

/** A chain of an iptables table by name ("nat", "KUBE-SERVICES"). */
export function findIptablesChain(ruleset: IptablesRuleset, table: 'filter' | 'nat', chain: string) {
  return ruleset.tables.find((t) => t.name === table)?.chains.find((c) => c.name === chain);
}
