import type { IptablesRule, IptablesRuleset, MatchModule } from '../network/proxy/iptables-types';
import type { Rng } from '../util/hash';
import { ipInCidr } from '../util/ipv4';

/**
 * A small netfilter: walks a packet through a node's iptables rules the way the kernel does (built-in
 * chain, jumps, RETURN, terminal targets), evaluating kube-proxy's matches. The random statistic match
 * draws from the seeded generator, so the chance each endpoint is picked is exactly the kernel's.
 */
export interface Packet {
  readonly proto: 'tcp' | 'udp' | 'sctp';
  readonly src: string;
  readonly sport: number;
  readonly dst: string;
  readonly dport: number;
  readonly mark: number;
  /** conntrack: this connection's destination was rewritten (ctstate DNAT). */
  readonly dnat: boolean;
}

/** `-m recent` lists: list name → source IP → last seen (simulated ms). Owned by the caller; one per node. */
export type RecentTable = Map<string, Map<string, number>>;

export interface WalkContext {
  readonly ruleset: IptablesRuleset;
  /** Addresses of the node (`--dst-type LOCAL` / `--src-type LOCAL`). */
  readonly localAddresses: ReadonlySet<string>;
  readonly rng: Rng;
  readonly recent: RecentTable;
  readonly nowMs: number;
}

export type Verdict = 'ACCEPT' | 'DROP' | 'REJECT';

export interface RuleHit {
  readonly rule: IptablesRule;
  /** Rules of the same chain tried and not matched on the way (statistic draws lost, affinity misses). */
  readonly passed: readonly IptablesRule[];
  readonly before: Packet;
  readonly after: Packet;
}

export interface HookResult {
  readonly verdict: Verdict;
  readonly packet: Packet;
  readonly hits: readonly RuleHit[];
  /** MASQUERADE fired (nat POSTROUTING). */
  readonly masquerade: boolean;
}

type ChainOutcome = { type: 'return' } | { type: 'verdict'; verdict: Verdict } | { type: 'masquerade' };

function findChain(ctx: WalkContext, table: string, chain: string): readonly IptablesRule[] | undefined {
  return ctx.ruleset.tables.find((t) => t.name === table)?.chains.find((c) => c.name === chain)?.rules;
}

function matches(m: MatchModule, p: Packet, ctx: WalkContext): boolean {
  switch (m.type) {
    case 'comment':
    case 'nfacct':
      return true;
    case 'l4':
      return m.proto === p.proto && (m.dport === undefined || m.dport === p.dport);
    case 'addrtype':
      return (m.srcType === undefined || ctx.localAddresses.has(p.src)) && (m.dstType === undefined || ctx.localAddresses.has(p.dst));
    case 'statistic':
      return ctx.rng.next() < m.probability;
    case 'recent': {
      const list = ctx.recent.get(m.name);
      if (m.action === 'set') {
        if (list) list.set(p.src, ctx.nowMs);
        else ctx.recent.set(m.name, new Map([[p.src, ctx.nowMs]]));
        return true;
      }
      const seen = list?.get(p.src);
      if (seen === undefined) return false;
      const fresh = m.seconds === undefined || ctx.nowMs - seen <= m.seconds * 1000;
      if (!fresh && m.reap) list?.delete(p.src);
      return fresh;
    }
    case 'conntrack': {
      // Every simulated request opens a new connection; DNAT is set once nat rewrote the destination.
      const states = new Set(['NEW', ...(p.dnat ? ['DNAT'] : [])]);
      const any = m.states.some((s) => states.has(s));
      return m.negated ? !any : any;
    }
    case 'mark': {
      const hit = (p.mark & m.mask) === m.value;
      return m.negated ? !hit : hit;
    }
  }
}

function ruleMatches(rule: IptablesRule, p: Packet, ctx: WalkContext): boolean {
  if (rule.protocol !== undefined && rule.protocol !== p.proto) return false;
  if (rule.source) {
    const inside = ipInCidr(p.src, rule.source.cidr.includes('/') ? rule.source.cidr : `${rule.source.cidr}/32`);
    if (inside === rule.source.negated) return false;
  }
  if (rule.destination) {
    const inside = ipInCidr(p.dst, rule.destination.cidr.includes('/') ? rule.destination.cidr : `${rule.destination.cidr}/32`);
    if (inside === rule.destination.negated) return false;
  }
  // Matches are evaluated in order and stop at the first miss, as the kernel does (a statistic after a
  // missed address match draws nothing).
  for (const m of rule.matches) if (!matches(m, p, ctx)) return false;
  return true;
}

/** Walks one chain (and what it jumps to). Depth-limited so that a malformed ruleset cannot loop. */
function walkChain(ctx: WalkContext, table: string, chain: string, state: { packet: Packet; hits: RuleHit[] }, depth: number): ChainOutcome {
  const rules = findChain(ctx, table, chain);
  if (!rules || depth > 32) return { type: 'return' };
  let passed: IptablesRule[] = [];
  for (const rule of rules) {
    if (!ruleMatches(rule, state.packet, ctx)) {
      passed.push(rule);
      continue;
    }
    const before = state.packet;
    const target = rule.target;
    if (!target) {
      state.hits.push({ rule, passed, before, after: before });
      passed = [];
      continue;
    }
    switch (target.type) {
      case 'jump': {
        state.hits.push({ rule, passed, before, after: before });
        passed = [];
        const outcome = walkChain(ctx, table, target.chain, state, depth + 1);
        if (outcome.type !== 'return') return outcome;
        break;
      }
      case 'MARK':
        state.packet = { ...before, mark: target.op === 'or' ? before.mark | target.value : before.mark ^ target.value };
        state.hits.push({ rule, passed, before, after: state.packet });
        passed = [];
        break;
      case 'DNAT':
        state.packet = { ...before, dst: target.ip, dport: target.port, dnat: true };
        state.hits.push({ rule, passed, before, after: state.packet });
        return { type: 'verdict', verdict: 'ACCEPT' };
      case 'MASQUERADE':
        state.hits.push({ rule, passed, before, after: before });
        return { type: 'masquerade' };
      case 'RETURN':
        state.hits.push({ rule, passed, before, after: before });
        return { type: 'return' };
      case 'ACCEPT':
      case 'DROP':
      case 'REJECT':
        state.hits.push({ rule, passed, before, after: before });
        return { type: 'verdict', verdict: target.type };
    }
  }
  return { type: 'return' };
}

/** Runs a built-in chain of a table (policy ACCEPT when nothing decides). */
export function runHook(ctx: WalkContext, table: 'nat' | 'filter', hook: string, packet: Packet): HookResult {
  const state = { packet, hits: [] as RuleHit[] };
  const outcome = walkChain(ctx, table, hook, state, 0);
  return {
    verdict: outcome.type === 'verdict' ? outcome.verdict : 'ACCEPT',
    packet: state.packet,
    hits: state.hits,
    masquerade: outcome.type === 'masquerade',
  };
}
