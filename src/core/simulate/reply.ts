import type { Cluster, Pod } from '../model/types';
import { formatAddress, LATENCY_MS } from './dataplane';
import type { Packet } from './netfilter';
import type { ResolvedSource } from './source';
import type { Hop } from './types';

/**
 * The reply's way back. The pod answers the address it saw (the node's, if the request was
 * masqueraded); the node that translated the request finds the connection in conntrack and reverses
 * both translations, so the client sees the reply come from the address it called.
 */
export interface ReplyInput {
  readonly cluster: Cluster;
  readonly source: ResolvedSource;
  readonly pod: Pod;
  /** The packet as the client sent it. */
  readonly original: Packet;
  /** The packet as the pod received it. */
  readonly arrived: Packet;
  /** The node whose netfilter translated the request. */
  readonly natNode: string;
  readonly natted: boolean;
  readonly startMs: number;
}

export function replyHops(input: ReplyInput): Hop[] {
  const { pod, original, arrived, natNode } = input;
  const hops: Hop[] = [];
  let t = input.startMs;
  const podAddr = formatAddress(arrived.dst, arrived.dport);
  const seenClient = formatAddress(arrived.src, arrived.sport);
  const client = formatAddress(original.src, original.sport);
  const called = formatAddress(original.dst, original.dport);
  hops.push({
    kind: 'reply',
    reply: true,
    at: `pod/${pod.meta.namespace}/${pod.meta.name}`,
    ...(pod.nodeName ? { node: pod.nodeName } : {}),
    before: { src: podAddr, dst: seenClient },
    after: { src: podAddr, dst: seenClient },
    note: `${pod.meta.name} replies to ${seenClient}, the source it saw`,
    timeMs: (t += LATENCY_MS.sameNode),
  });
  if (pod.nodeName && pod.nodeName !== natNode) {
    hops.push({
      kind: 'route',
      reply: true,
      at: `node/${natNode}`,
      node: natNode,
      before: { src: podAddr, dst: seenClient },
      after: { src: podAddr, dst: seenClient },
      note: `the reply goes back over the pod network to ${natNode}, where the request was translated`,
      timeMs: (t += LATENCY_MS.crossNode),
    });
  }
  if (input.natted) {
    const undo: string[] = [];
    if (arrived.dst !== original.dst || arrived.dport !== original.dport) undo.push(`src ${podAddr} → ${called} (un-DNAT)`);
    if (arrived.src !== original.src) undo.push(`dst ${seenClient} → ${client} (un-SNAT)`);
    hops.push({
      kind: 'reply',
      reply: true,
      at: `node/${natNode}`,
      node: natNode,
      before: { src: podAddr, dst: seenClient },
      after: { src: called, dst: client },
      rule: { source: 'iptables', node: natNode, table: 'conntrack', text: `conntrack: ${original.proto} src=${original.src} dst=${original.dst} sport=${original.sport} dport=${original.dport} src=${arrived.dst} dst=${arrived.src} sport=${arrived.dport} dport=${arrived.sport} [ASSURED]` },
      note: `conntrack on ${natNode} reverses the translation: ${undo.join(', ')}`,
      timeMs: (t += LATENCY_MS.rule),
    });
  }
  hops.push({
    kind: 'reply',
    reply: true,
    at: input.source.pod ? `pod/${input.source.pod.meta.namespace}/${input.source.pod.meta.name}` : input.source.node ? `node/${input.source.node.name}` : 'client',
    ...(input.source.node ? { node: input.source.node.name } : {}),
    before: { src: called, dst: client },
    after: { src: called, dst: client },
    note: `${input.source.label} receives the reply from ${called}`,
    timeMs: t + (input.source.external ? LATENCY_MS.internet : LATENCY_MS.sameNode),
  });
  return hops;
}
