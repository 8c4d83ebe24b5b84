import type { Hop } from '../simulate/types';
import type { Who } from './types';

/**
 * What one hop means, independent of language: the narration renders a fact in English or Chinese.
 * Tagged by `type`; each renderer handles every type with an exhaustive switch, so a new kind of fact
 * cannot ship without its sentence in both languages.
 */
export type HopFact =
  // DNS
  | { readonly type: 'dns-answer'; readonly name: string; readonly fqdn?: string; readonly ip: string; readonly queries: number; readonly cluster: boolean }
  | { readonly type: 'dns-literal'; readonly ip: string }
  | { readonly type: 'dns-cname'; readonly name: string; readonly host: string }
  | { readonly type: 'dns-failure'; readonly name: string; readonly rcode: string }
  // The way in
  | {
      readonly type: 'send';
      readonly who: Who;
      readonly src: string;
      readonly dst: string;
      readonly http?: { readonly method: string; readonly host: string; readonly path: string };
    }
  | { readonly type: 'cloud-lb-forward'; readonly lb: string; readonly client: string; readonly nodes: readonly string[] }
  | { readonly type: 'cloud-lb-no-listener'; readonly lb: string; readonly listeners: string }
  | { readonly type: 'cloud-lb-firewall'; readonly client: string; readonly ranges: string }
  | { readonly type: 'cloud-lb-unhealthy'; readonly lb: string; readonly check: string }
  | { readonly type: 'cloud-lb-other'; readonly lb: string; readonly text: string }
  | { readonly type: 'route'; readonly node: string; readonly from?: string; readonly dst: string; readonly reply: boolean }
  // kube-proxy: iptables chains (also the iptables rules IPVS mode keeps), nftables, IPVS
  | { readonly type: 'service-match'; readonly chain: string; readonly dst: string; readonly target: string }
  | { readonly type: 'to-nodeports'; readonly chain: string; readonly dst: string; readonly target: string }
  | { readonly type: 'nodeport-match'; readonly chain: string; readonly port: string; readonly target: string }
  | { readonly type: 'mark-for-masquerade'; readonly chain: string; readonly notFrom?: string }
  | { readonly type: 'mark-set'; readonly chain: string; readonly mark: string }
  | { readonly type: 'mark-clear'; readonly chain: string; readonly mark: string }
  | { readonly type: 'random-pick'; readonly chain: string; readonly probability: string; readonly target: string; readonly endpoint?: string }
  | { readonly type: 'affinity'; readonly chain: string; readonly client: string; readonly target: string }
  | { readonly type: 'endpoint-jump'; readonly chain: string; readonly target: string; readonly endpoint?: string }
  | { readonly type: 'local-jump'; readonly chain: string; readonly target: string }
  | { readonly type: 'jump'; readonly chain: string; readonly target: string }
  | { readonly type: 'dnat'; readonly chain: string; readonly to: string }
  | { readonly type: 'no-masquerade'; readonly chain: string; readonly src: string }
  | { readonly type: 'return'; readonly chain: string }
  | { readonly type: 'accept'; readonly chain: string; readonly comment?: string }
  | { readonly type: 'reject'; readonly chain: string; readonly dst: string; readonly comment?: string }
  | { readonly type: 'drop'; readonly chain: string; readonly dst: string; readonly comment?: string }
  | { readonly type: 'verdict-map'; readonly chain: string; readonly map: string; readonly dst: string; readonly verdict?: 'reject' | 'drop' }
  | { readonly type: 'nft-lookup'; readonly chain: string; readonly map: string; readonly dst: string }
  | { readonly type: 'nft-random'; readonly chain: string; readonly count: number }
  | { readonly type: 'nft-affinity'; readonly chain: string; readonly client: string; readonly target?: string }
  | { readonly type: 'ipvs-lookup'; readonly node?: string; readonly vip: string; readonly realServers: number }
  | { readonly type: 'ipvs-pick'; readonly scheduler?: string; readonly to: string }
  | { readonly type: 'ipvs-no-real-server'; readonly vip: string }
  | { readonly type: 'rule'; readonly source: string; readonly chain?: string; readonly from: string; readonly to: string }
  // SNAT, delivery, Ingress
  | { readonly type: 'masquerade'; readonly node: string; readonly from: string; readonly to: string; readonly hairpin: boolean }
  | { readonly type: 'deliver-pod'; readonly pod: string; readonly node?: string; readonly dst: string; readonly src: string }
  | { readonly type: 'deliver-host'; readonly node: string; readonly dst: string; readonly src: string }
  | { readonly type: 'ingress-proxy'; readonly route: IngressRoute; readonly from: string; readonly to: string }
  | { readonly type: 'ingress-answer'; readonly route: IngressRoute; readonly status?: number }
  // The way back, and a drop with no rule
  | { readonly type: 'reply-answer'; readonly who: Who; readonly to: string }
  | { readonly type: 'reply-conntrack'; readonly node: string; readonly ipvs: boolean; readonly seemsFrom?: string; readonly backTo?: string }
  | { readonly type: 'reply-receive'; readonly who: Who; readonly from: string }
  | { readonly type: 'reply-passes'; readonly who: Who; readonly src: string; readonly dst: string }
  | { readonly type: 'dropped'; readonly who: Who; readonly dst: string };

export type HopFactType = HopFact['type'];

/** The Ingress rule ingress-nginx chose, read from the hop's rule text. */
export type IngressRoute =
  | { readonly type: 'path'; readonly ingress: string; readonly host: string; readonly path: string; readonly pathType: string; readonly backend: string }
  | { readonly type: 'default-backend'; readonly ingress: string; readonly backend: string }
  | { readonly type: 'controller-default' }
  | { readonly type: 'text'; readonly text: string };

/** Rule hops happen on a node's netfilter: when the node changes, the sentence first says where the packet is. */
export function happensOnNode(hop: Hop): boolean {
  return !hop.reply && (hop.kind === 'nat' || hop.kind === 'filter' || hop.kind === 'ipvs' || hop.kind === 'drop');
}
