import { buildIptables, buildIpvs, buildNftables, renderIptablesSave, renderIpvsadm, renderNft, type Cluster } from '../../core';
import type { QueryParams, QueryResult } from '../../protocol';

export function answerRules(cluster: Cluster, params: QueryParams<'rules'>): QueryResult<'rules'> {
  if (!cluster.nodes.some((n) => n.name === params.node)) throw new Error(`no node named ${params.node}`);
  switch (params.mode) {
    case 'iptables': {
      const iptables = buildIptables(cluster, params.node);
      return { text: renderIptablesSave(iptables), iptables };
    }
    case 'ipvs':
      return { text: renderIpvsadm(buildIpvs(cluster, params.node)) };
    case 'nftables': {
      const nftables = buildNftables(cluster, params.node);
      return { text: renderNft(nftables), nftables };
    }
  }
}
