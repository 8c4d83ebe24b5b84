/**
 * The `table ip kube-proxy` model of nftables mode. Rules are structured for a packet walker, with the
 * text kube-proxy hands to nft (`written`) and the text `nft list table ip kube-proxy` shows (`text`).
 */
import type { L4Proto } from './iptables-types';

export type NftMatch =
  | { readonly type: 'ct-state-new' }
  /** `ip saddr|daddr [!=] <cidr>` or, with several values, an anonymous set `{ a, b }`. */
  | { readonly type: 'ip'; readonly field: 'saddr' | 'daddr'; readonly negated: boolean; readonly values: readonly string[] }
  | { readonly type: 'ip-in-set'; readonly field: 'saddr' | 'daddr'; readonly set: string }
  | { readonly type: 'dport'; readonly proto: L4Proto; readonly port: number }
  | { readonly type: 'fib-local'; readonly field: 'saddr' | 'daddr' }
  /** `meta mark & <mark> == 0`. */
  | { readonly type: 'mark-unset'; readonly mark: number }
  | { readonly type: 'l4proto'; readonly proto: L4Proto };

export type NftAction =
  | { readonly type: 'jump' | 'goto'; readonly chain: string }
  | { readonly type: 'drop' | 'reject' | 'return' }
  /** Look the packet up in a verdict map: `ip daddr . meta l4proto . th dport` or `meta l4proto . th dport`. */
  | { readonly type: 'vmap'; readonly key: 'daddr-proto-dport' | 'proto-dport'; readonly map: string }
  /** `numgen random mod N vmap { 0 : goto <chains[0]>, ... }`: each chain with chance 1/N. */
  | { readonly type: 'numgen'; readonly chains: readonly string[] }
  | { readonly type: 'dnat'; readonly ip: string; readonly port: number }
  | { readonly type: 'masquerade'; readonly fullyRandom: boolean }
  | { readonly type: 'mark-or' | 'mark-xor'; readonly mark: number }
  | { readonly type: 'set-update'; readonly set: string };

export interface NftRuleSpec {
  readonly matches: readonly NftMatch[];
  readonly action: NftAction;
  readonly comment?: string;
  readonly servicePortName?: string;
}

export interface NftRule extends NftRuleSpec {
  /** "nft/<chain>#<index>": unique in the table. */
  readonly id: string;
  readonly chain: string;
  readonly index: number;
  /** As kube-proxy writes it through knftables (`mark set mark or 0x00004000`). */
  readonly written: string;
  /** As `nft list` prints it (`meta mark set meta mark | 0x00004000`). */
  readonly text: string;
}

export interface NftBaseChain {
  readonly type: 'filter' | 'nat';
  readonly hook: 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting';
  /** Numeric priority: dstnat is -100, srcnat 100. */
  readonly priority: number;
}

export interface NftChain {
  readonly name: string;
  readonly base?: NftBaseChain;
  readonly comment?: string;
  readonly rules: readonly NftRule[];
}

export interface NftElement {
  readonly key: readonly string[];
  /** A verdict ("goto service-…", "drop") for maps. */
  readonly value?: string;
  readonly comment?: string;
}

export interface NftSet {
  readonly name: string;
  readonly kind: 'set' | 'map';
  /** nft type text, e.g. "ipv4_addr . inet_proto . inet_service : verdict". */
  readonly type: string;
  readonly flags: readonly string[];
  readonly timeoutSeconds?: number;
  readonly comment?: string;
  readonly elements: readonly NftElement[];
}

export interface NftTable {
  readonly nodeName: string;
  readonly family: 'ip';
  readonly name: 'kube-proxy';
  readonly comment: string;
  /** Sets and maps in creation order (nft lists them so). */
  readonly sets: readonly NftSet[];
  /** Chains in creation order. */
  readonly chains: readonly NftChain[];
}
