import { buildIptables } from '../network/proxy/iptables-rules';
import type { IptablesRule, IptablesRuleset } from '../network/proxy/iptables-types';
import type { Cluster } from '../model/types';
import { LATENCY_MS, packetDst, packetSrc, type Dataplane, type NodeProcessing } from './dataplane';
import { runHook, type Packet, type RuleHit, type WalkContext } from './netfilter';
import { recentTableFor } from './state';
import type { Hop, RuleRef } from './types';

/**
 * kube-proxy's iptables mode: the packet walks the node's real rule table (the same one `iptables`
 * renders), hook by hook, as the kernel would: nat PREROUTING or OUTPUT, then filter INPUT, FORWARD or
 * OUTPUT, then nat POSTROUTING where KUBE-POSTROUTING masquerades marked packets.
 */
const rulesetCache = new WeakMap<Cluster, Map<string, IptablesRuleset>>();

export function iptablesRulesetFor(cluster: Cluster, nodeName: string): IptablesRuleset {
  let perNode = rulesetCache.get(cluster);
  if (!perNode) rulesetCache.set(cluster, (perNode = new Map()));
  let ruleset = perNode.get(nodeName);
  if (!ruleset) perNode.set(nodeName, (ruleset = buildIptables(cluster, nodeName)));
  return ruleset;
}

const BUILTIN = new Set(['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING']);

export function ruleRef(rule: IptablesRule, node: string): RuleRef {
  return { source: 'iptables', node, table: rule.table, chain: rule.chain, id: rule.id, text: rule.saved };
}

function comment(rule: IptablesRule): string | undefined {
  for (const m of rule.matches) if (m.type === 'comment') return m.text;
  return undefined;
}

function describeHit(hit: RuleHit): string {
  const { rule } = hit;
  const target = rule.target;
  const lost = hit.passed.flatMap((r) => r.matches.flatMap((m) => (m.type === 'statistic' ? [m.written] : [])));
  const draws = lost.length > 0 ? ` (random draws lost at ${lost.join(', ')})` : '';
  const stat = rule.matches.find((m) => m.type === 'statistic');
  const recent = rule.matches.find((m) => m.type === 'recent' && m.action === 'rcheck');
  if (!target) return `${rule.chain}: ${comment(rule) ?? 'no target'}; the packet goes on un-DNATed`;
  switch (target.type) {
    case 'jump':
      if (target.chain === 'KUBE-MARK-MASQ') return `${rule.chain}: ${comment(rule) ?? 'mark'}: marked for masquerade`;
      if (recent) return `${rule.chain}: ClientIP affinity: ${hit.before.src} was seen recently, sticks to ${target.chain}`;
      if (stat && stat.type === 'statistic') return `${rule.chain}: random draw won with probability ${stat.written} → ${target.chain}${draws}`;
      return `${rule.chain}: ${comment(rule) ? `"${comment(rule)}" ` : ''}→ ${target.chain}${draws}`;
    case 'DNAT':
      return `${rule.chain}: DNAT ${packetDst(hit.before)} → ${packetDst(hit.after)}`;
    case 'MARK':
      return `${rule.chain}: mark 0x${hit.after.mark.toString(16)}`;
    case 'MASQUERADE':
      return `${rule.chain}: ${comment(rule) ?? 'masquerade'}`;
    case 'REJECT':
      return `${rule.chain}: REJECT (${comment(rule) ?? 'rejected'})`;
    case 'DROP':
      return `${rule.chain}: DROP (${comment(rule) ?? 'dropped'})`;
    case 'ACCEPT':
      return `${rule.chain}: ACCEPT${comment(rule) ? ` (${comment(rule)})` : ''}`;
    case 'RETURN':
      return `${rule.chain}: RETURN`;
  }
}

export const iptablesDataplane: Dataplane = ({ cluster, node, packet, hook, state, startMs }) => {
  const ruleset = iptablesRulesetFor(cluster, node.name);
  const ctx: WalkContext = {
    ruleset,
    localAddresses: new Set([node.internalIP, '127.0.0.1']),
    rng: state.rng,
    recent: recentTableFor(state, node.name),
    nowMs: state.nowMs,
  };
  const hops: Hop[] = [];
  let t = startMs;
  const at = `node/${node.name}`;
  const record = (hits: readonly RuleHit[], kind: 'nat' | 'filter'): void => {
    for (const hit of hits) {
      if (BUILTIN.has(hit.rule.chain)) continue;
      t += LATENCY_MS.rule;
      hops.push({
        kind,
        at,
        node: node.name,
        before: { src: packetSrc(hit.before), dst: packetDst(hit.before) },
        after: { src: packetSrc(hit.after), dst: packetDst(hit.after) },
        rule: ruleRef(hit.rule, node.name),
        note: describeHit(hit),
        timeMs: t,
      });
    }
  };
  const servicePortName = (hits: readonly RuleHit[]): string | undefined => hits.find((h) => h.rule.servicePortName)?.rule.servicePortName;

  const nat = runHook(ctx, 'nat', hook, packet);
  record(nat.hits, 'nat');
  const local = ctx.localAddresses.has(nat.packet.dst) || nat.packet.dst.startsWith('127.');
  const filterHook = hook === 'OUTPUT' ? 'OUTPUT' : local ? 'INPUT' : 'FORWARD';
  const filter = runHook(ctx, 'filter', filterHook, nat.packet);
  record(filter.hits, 'filter');
  const spn = servicePortName(nat.hits) ?? servicePortName(filter.hits);
  const last = filter.hits[filter.hits.length - 1];
  if (filter.verdict === 'DROP' || filter.verdict === 'REJECT') {
    const reason = last ? (comment(last.rule) ?? `${last.rule.chain} ${filter.verdict}`) : filter.verdict;
    return finish(hops, { type: filter.verdict === 'DROP' ? 'drop' : 'reject', reason, ...(last ? { rule: ruleRef(last.rule, node.name) } : {}) });
  }
  if (local && hook === 'PREROUTING') return finish(hops, { type: 'forward', packet: filter.packet, masqueraded: false, ...(spn ? { servicePortName: spn } : {}) });
  const post = runHook(ctx, 'nat', 'POSTROUTING', filter.packet);
  // The MASQUERADE rule gets its own hop below, with the source it rewrites.
  record(post.masquerade ? post.hits.slice(0, -1) : post.hits, 'nat');
  let out: Packet = post.packet;
  if (post.masquerade) {
    out = { ...out, src: node.internalIP };
    const masq = post.hits[post.hits.length - 1];
    t += LATENCY_MS.rule;
    hops.push({
      kind: 'masquerade',
      at,
      node: node.name,
      before: { src: packetSrc(post.packet), dst: packetDst(post.packet) },
      after: { src: packetSrc(out), dst: packetDst(out) },
      ...(masq ? { rule: ruleRef(masq.rule, node.name) } : {}),
      note: `SNAT: src ${post.packet.src} → ${node.internalIP} (MASQUERADE to ${node.name}'s address)`,
      timeMs: t,
    });
  }
  return finish(hops, { type: 'forward', packet: out, masqueraded: post.masquerade, ...(spn ? { servicePortName: spn } : {}) });
};

function finish(hops: Hop[], verdict: NodeProcessing['verdict']): NodeProcessing {
  return { hops, verdict };
}
