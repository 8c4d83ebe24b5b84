import type { Hop } from '../../core';

/** Why a header field changed at a hop, in the words a trainer uses. */
export type ChangeReason = 'DNS' | 'DNAT' | 'SNAT' | 'un-DNAT' | 'un-SNAT' | 'proxy';

export interface HeaderChange {
  readonly field: 'src' | 'dst';
  readonly from: string;
  readonly to: string;
  readonly reason: ChangeReason;
}

interface Endpoint {
  readonly host: string;
  readonly port?: string;
}

function splitAddress(address: string): Endpoint {
  const match = /^(.*):(\d+)$/.exec(address);
  return match?.[1] !== undefined && match[2] !== undefined ? { host: match[1], port: match[2] } : { host: address };
}

/**
 * What a hop did to the packet's header. A request's destination rewritten is DNAT, its source rewritten
 * SNAT; on the reply the same rewrites are undone (the reply's source is the request's old destination).
 * A DNS hop resolves a name. An ingress controller does both at once because it opens a new connection.
 */
export function hopChanges(hop: Hop): HeaderChange[] {
  const srcChanged = hop.before.src !== hop.after.src;
  const dstChanged = hop.before.dst !== hop.after.dst;
  if (hop.kind === 'dns') return dstChanged ? [{ field: 'dst', from: hop.before.dst, to: hop.after.dst, reason: 'DNS' }] : [];
  if (hop.kind === 'ingress' && srcChanged && dstChanged)
    return [
      { field: 'src', from: hop.before.src, to: hop.after.src, reason: 'proxy' },
      { field: 'dst', from: hop.before.dst, to: hop.after.dst, reason: 'proxy' },
    ];
  const reply = hop.reply === true;
  const out: HeaderChange[] = [];
  if (srcChanged) out.push({ field: 'src', from: hop.before.src, to: hop.after.src, reason: reply ? 'un-DNAT' : 'SNAT' });
  if (dstChanged) out.push({ field: 'dst', from: hop.before.dst, to: hop.after.dst, reason: reply ? 'un-SNAT' : 'DNAT' });
  return out;
}

/**
 * `dst 10.96.3.215:38080 → 10.244.2.7:8080 (DNAT)`. When only the address changed, ports are left out
 * (`src 203.0.113.10 → 192.168.49.3 (SNAT)`): the eye goes to what moved.
 */
export function formatChange(change: HeaderChange): string {
  const from = splitAddress(change.from);
  const to = splitAddress(change.to);
  const samePort = from.port !== undefined && from.port === to.port;
  const show = (e: Endpoint, whole: string): string => (samePort ? e.host : whole);
  return `${change.field} ${show(from, change.from)} → ${show(to, change.to)} (${change.reason})`;
}

/** Every change at a hop, one line each; empty when the hop only looked at the packet. */
export function describeHopChanges(hop: Hop): string[] {
  return hopChanges(hop).map(formatChange);
}

const KIND_WORDS: Readonly<Record<Hop['kind'], string>> = {
  send: 'opens a connection',
  dns: 'DNS lookup',
  'cloud-lb': 'cloud load balancer',
  nat: 'NAT rule',
  filter: 'filter rule',
  ipvs: 'IPVS',
  route: 'routed',
  masquerade: 'masquerade',
  ingress: 'ingress controller',
  deliver: 'delivered',
  reply: 'reply',
  drop: 'dropped',
};

/**
 * A few words for what happened at a hop, for a label that has no header change to show: the chain for a
 * kernel rule (that is the name on the node's table), otherwise the kind of step.
 */
export function hopCaption(hop: Hop): string {
  const chain = hop.rule?.chain;
  switch (hop.kind) {
    case 'nat':
    case 'filter':
    case 'masquerade':
      return chain ?? KIND_WORDS[hop.kind];
    case 'ipvs':
      return chain ? `IPVS ${chain}` : 'IPVS';
    case 'route':
      return 'routed';
    case 'reply':
      return hop.rule?.table === 'conntrack' ? 'conntrack' : 'reply';
    case 'dns':
      return hop.rule?.text ?? 'DNS lookup';
    case 'send':
    case 'cloud-lb':
    case 'ingress':
    case 'deliver':
    case 'drop':
      return KIND_WORDS[hop.kind];
  }
}

/** `pod/default/myapp-…` → `myapp-…`; `node/node1` → `node1`; what a person calls the place of a hop. */
export function placeName(at: string): string {
  if (at === 'dns') return 'DNS';
  if (at === 'client') return 'client';
  const parts = at.split('/');
  return parts[parts.length - 1] ?? at;
}

const KERNEL: ReadonlySet<Hop['kind']> = new Set(['nat', 'filter', 'ipvs', 'masquerade']);

/** The heading of a hop's label: the rule and the node whose table holds it, or the place and the step. */
export function hopTitle(hop: Hop): string {
  const kernel = KERNEL.has(hop.kind) || hop.rule?.table === 'conntrack';
  return kernel && hop.node ? `${hopCaption(hop)} on ${hop.node}` : `${placeName(hop.at)} · ${hopCaption(hop)}`;
}

/** The hop's note without the chain name it repeats (the title already says it). */
export function hopDetail(hop: Hop): string {
  const chain = hop.rule?.chain;
  return chain && hop.note.startsWith(`${chain}: `) ? hop.note.slice(chain.length + 2) : hop.note;
}
