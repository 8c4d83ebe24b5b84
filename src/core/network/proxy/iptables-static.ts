/**
 * The rules every node has whatever its Services (§1.2): jumps from the built-in chains, the
 * masquerade machinery, the localnet guard and the forwarding rules.
 */
import type { TableBuilder } from './iptables-builder';
import type { MatchModule, RuleSpec } from './iptables-types';
import type { ResolvedProxyOptions } from './options';

/** 1 << --iptables-masquerade-bit (default 14). */
export const MASQUERADE_MARK = 0x4000;

const comment = (text: string): MatchModule => ({ type: 'comment', text });
const ctNew: MatchModule = { type: 'conntrack', states: ['NEW'], negated: false };
const jump = (chain: string) => ({ type: 'jump', chain }) as const;

/**
 * kube-proxy *prepends* each jump (EnsureRule Prepend), so within a built-in chain they end up in
 * reverse order of its list; kubelet's `-j KUBE-FIREWALL` was there first and stays last.
 */
export function addBuiltinJumps(filter: TableBuilder, nat: TableBuilder): void {
  const lbFirewall: RuleSpec = {
    matches: [ctNew, comment('kubernetes load balancer firewall')],
    target: jump('KUBE-PROXY-FIREWALL'),
  };
  const externalPortals: RuleSpec = {
    matches: [ctNew, comment('kubernetes externally-visible service portals')],
    target: jump('KUBE-EXTERNAL-SERVICES'),
  };
  const servicePortals: RuleSpec = { matches: [ctNew, comment('kubernetes service portals')], target: jump('KUBE-SERVICES') };
  const kubeletFirewall: RuleSpec = { matches: [], target: jump('KUBE-FIREWALL') };

  filter.add('INPUT', lbFirewall);
  filter.add('INPUT', { matches: [comment('kubernetes health check service ports')], target: jump('KUBE-NODEPORTS') });
  filter.add('INPUT', externalPortals);
  filter.add('INPUT', kubeletFirewall);
  filter.add('FORWARD', lbFirewall);
  filter.add('FORWARD', { matches: [comment('kubernetes forwarding rules')], target: jump('KUBE-FORWARD') });
  filter.add('FORWARD', servicePortals);
  filter.add('FORWARD', externalPortals);
  filter.add('OUTPUT', lbFirewall);
  filter.add('OUTPUT', servicePortals);
  filter.add('OUTPUT', kubeletFirewall);

  const natPortals: RuleSpec = { matches: [comment('kubernetes service portals')], target: jump('KUBE-SERVICES') };
  nat.add('PREROUTING', natPortals);
  nat.add('OUTPUT', natPortals);
  nat.add('POSTROUTING', { matches: [comment('kubernetes postrouting rules')], target: jump('KUBE-POSTROUTING') });
}

/** Chains and fixed rules written at the start of every sync (before the per-service rules). */
export function addStaticChains(filter: TableBuilder, nat: TableBuilder, options: ResolvedProxyOptions): void {
  for (const chain of ['KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-FORWARD', 'KUBE-NODEPORTS', 'KUBE-PROXY-FIREWALL']) {
    filter.declare(chain);
  }
  for (const chain of ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ']) nat.declare(chain);
  // Empty canary chains kubelet and kube-proxy create to notice a flush of their tables; nothing jumps to them.
  for (const table of [filter, nat]) {
    table.declare('KUBE-KUBELET-CANARY');
    table.declare('KUBE-PROXY-CANARY');
  }
  filter.declare('KUBE-FIREWALL');

  const mark = { value: MASQUERADE_MARK, mask: MASQUERADE_MARK };
  nat.add('KUBE-POSTROUTING', { matches: [{ type: 'mark', ...mark, negated: true }], target: { type: 'RETURN' } });
  // Clear the mark so a packet that re-traverses the stack is not masqueraded twice.
  nat.add('KUBE-POSTROUTING', { matches: [], target: { type: 'MARK', op: 'xor', value: MASQUERADE_MARK } });
  nat.add('KUBE-POSTROUTING', {
    matches: [comment('kubernetes service traffic requiring SNAT')],
    target: { type: 'MASQUERADE', randomFully: options.randomFully },
  });
  nat.add('KUBE-MARK-MASQ', { matches: [], target: { type: 'MARK', op: 'or', value: MASQUERADE_MARK } });

  if (options.localhostNodePorts) {
    // route_localnet (needed for localhost NodePorts) opens a hole (issue 90259) that this closes.
    filter.add('KUBE-FIREWALL', {
      destination: { cidr: '127.0.0.0/8', negated: false },
      source: { cidr: '127.0.0.0/8', negated: true },
      matches: [
        comment('block incoming localnet connections'),
        { type: 'conntrack', states: ['RELATED', 'ESTABLISHED', 'DNAT'], negated: true },
      ],
      target: { type: 'DROP' },
    });
  }
}

/** Written after all services: KUBE-FORWARD and the tail call to KUBE-NODEPORTS. */
export function addTrailingRules(filter: TableBuilder, nat: TableBuilder, options: ResolvedProxyOptions): void {
  nat.add('KUBE-SERVICES', {
    ...(options.localhostNodePorts ? {} : { destination: { cidr: '127.0.0.0/8', negated: true } }),
    matches: [
      comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
      { type: 'addrtype', dstType: 'LOCAL' },
    ],
    target: jump('KUBE-NODEPORTS'),
  });

  if (!options.conntrackTCPLiberal) {
    const invalid: MatchModule = { type: 'conntrack', states: ['INVALID'], negated: false };
    const counter: MatchModule[] = options.nfacct ? [{ type: 'nfacct', name: 'ct_state_invalid_dropped_pkts' }] : [];
    filter.add('KUBE-FORWARD', { matches: [invalid, ...counter], target: { type: 'DROP' } });
  }
  // Lets NodePort traffic be forwarded even when the FORWARD policy is not ACCEPT.
  filter.add('KUBE-FORWARD', {
    matches: [comment('kubernetes forwarding rules'), { type: 'mark', value: MASQUERADE_MARK, mask: MASQUERADE_MARK, negated: false }],
    target: { type: 'ACCEPT' },
  });
  filter.add('KUBE-FORWARD', {
    matches: [
      comment('kubernetes forwarding conntrack rule'),
      { type: 'conntrack', states: ['RELATED', 'ESTABLISHED'], negated: false },
    ],
    target: { type: 'ACCEPT' },
  });
}
