import type { Hop } from '../../core';
import { englishRequestsT, type RequestsT } from './requests-t';

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

const FIELD_KEY = { src: 'fieldSrc', dst: 'fieldDst' } as const satisfies Record<HeaderChange['field'], string>;

const REASON_KEY = {
  DNS: 'reasonDns',
  DNAT: 'reasonDnat',
  SNAT: 'reasonSnat',
  'un-DNAT': 'reasonUnDnat',
  'un-SNAT': 'reasonUnSnat',
  proxy: 'reasonProxy',
} as const satisfies Record<ChangeReason, string>;

/**
 * `dst 10.96.3.215:38080 → 10.244.2.7:8080 (DNAT)`. When only the address changed, ports are left out
 * (`src 203.0.113.10 → 192.168.49.3 (SNAT)`): the eye goes to what moved. Without `t`, English (the
 * canvas's painter when it is given no words).
 */
export function formatChange(change: HeaderChange, t: RequestsT = englishRequestsT()): string {
  const from = splitAddress(change.from);
  const to = splitAddress(change.to);
  const samePort = from.port !== undefined && from.port === to.port;
  const show = (e: Endpoint, whole: string): string => (samePort ? e.host : whole);
  return t('change', { field: t(FIELD_KEY[change.field]), from: show(from, change.from), to: show(to, change.to), reason: t(REASON_KEY[change.reason]) });
}

/** Every change at a hop, one line each; empty when the hop only looked at the packet. */
export function describeHopChanges(hop: Hop, t: RequestsT = englishRequestsT()): string[] {
  return hopChanges(hop).map((change) => formatChange(change, t));
}

const KIND_KEY = {
  send: 'kindSend',
  dns: 'kindDns',
  'cloud-lb': 'kindCloudLb',
  nat: 'kindNat',
  filter: 'kindFilter',
  ipvs: 'kindIpvs',
  route: 'kindRoute',
  masquerade: 'kindMasquerade',
  ingress: 'kindIngress',
  deliver: 'kindDeliver',
  reply: 'kindReply',
  drop: 'kindDrop',
} as const satisfies Record<Hop['kind'], string>;

/** The hop's kind as a short badge (`nat`, `↩ reply`); a hop on the way back is marked. */
export function hopKindLabel(hop: Hop, t: RequestsT = englishRequestsT()): string {
  const kind = t(KIND_KEY[hop.kind]);
  return hop.reply ? t('replyKind', { kind }) : kind;
}

const CAPTION_KEY = {
  send: 'captionSend',
  dns: 'captionDns',
  'cloud-lb': 'captionCloudLb',
  nat: 'captionNat',
  filter: 'captionFilter',
  ipvs: 'captionIpvs',
  route: 'captionRoute',
  masquerade: 'captionMasquerade',
  ingress: 'captionIngress',
  deliver: 'captionDeliver',
  reply: 'captionReply',
  drop: 'captionDrop',
} as const satisfies Record<Hop['kind'], string>;

/**
 * A few words for what happened at a hop, for a label that has no header change to show: the chain for a
 * kernel rule (that is the name on the node's table), otherwise the kind of step.
 */
export function hopCaption(hop: Hop, t: RequestsT = englishRequestsT()): string {
  const chain = hop.rule?.chain;
  switch (hop.kind) {
    case 'nat':
    case 'filter':
    case 'masquerade':
      return chain ?? t(CAPTION_KEY[hop.kind]);
    case 'ipvs':
      return chain ? t('captionIpvsChain', { chain }) : t('captionIpvs');
    case 'reply':
      return hop.rule?.table === 'conntrack' ? t('captionConntrack') : t('captionReply');
    case 'dns':
      return hop.rule?.text ?? t('captionDns');
    case 'route':
    case 'send':
    case 'cloud-lb':
    case 'ingress':
    case 'deliver':
    case 'drop':
      return t(CAPTION_KEY[hop.kind]);
  }
}

/** `pod/default/myapp-…` → `myapp-…`; `node/node1` → `node1`; what a person calls the place of a hop. */
export function placeName(at: string, t: RequestsT = englishRequestsT()): string {
  if (at === 'dns') return 'DNS';
  if (at === 'client') return t('placeClient');
  const parts = at.split('/');
  return parts[parts.length - 1] ?? at;
}

const KERNEL: ReadonlySet<Hop['kind']> = new Set(['nat', 'filter', 'ipvs', 'masquerade']);

/** The heading of a hop's label: the rule and the node whose table holds it, or the place and the step. */
export function hopTitle(hop: Hop, t: RequestsT = englishRequestsT()): string {
  const kernel = KERNEL.has(hop.kind) || hop.rule?.table === 'conntrack';
  const caption = hopCaption(hop, t);
  return kernel && hop.node ? t('titleOnNode', { caption, node: hop.node }) : t('titleAtPlace', { place: placeName(hop.at, t), caption });
}

/**
 * The hop's note without the chain name it repeats (the title already says it). `note` is what the UI
 * shows for the hop: the engine's English note, or its narration in another language (see hop-notes.ts).
 */
export function hopDetail(hop: Hop, note: string = hop.note): string {
  const chain = hop.rule?.chain;
  return chain && note.startsWith(`${chain}: `) ? note.slice(chain.length + 2) : note;
}
