import type { Cluster } from '../model/types';
import { formatAddress, LATENCY_MS } from './dataplane';
import type { Packet } from './netfilter';
import type { ResolvedSource } from './source';
import type { Hop } from './types';

/**
 * The reply's way back. The server answers the address it saw (the node's, if the request was
 * masqueraded); the node that translated the request finds the connection in conntrack and reverses
 * both translations, so the client sees the reply come from the address it called.
 */
export interface ReplyResponder {
  /** `pod/<ns>/<name>` or `node/<name>`. */
  readonly at: string;
  readonly nodeName?: string;
  readonly label: string;
}

export interface ReplyInput {
  readonly cluster: Cluster;
  readonly source: ResolvedSource;
  readonly responder: ReplyResponder;
  /** The packet as the client sent it. */
  readonly original: Packet;
  /** The packet as the server received it. */
  readonly arrived: Packet;
  /** The node whose netfilter translated the request. */
  readonly natNode: string;
  readonly natted: boolean;
  readonly startMs: number;
}

export function replyHops(input: ReplyInput): Hop[] {
  const { responder, original, arrived, natNode, source } = input;
  const hops: Hop[] = [];
  let t = input.startMs;
  const serverAddr = formatAddress(arrived.dst, arrived.dport);
  const seenClient = formatAddress(arrived.src, arrived.sport);
  const client = formatAddress(original.src, original.sport);
  const called = formatAddress(original.dst, original.dport);
  hops.push({
    kind: 'reply',
    reply: true,
    at: responder.at,
    ...(responder.nodeName ? { node: responder.nodeName } : {}),
    before: { src: serverAddr, dst: seenClient },
    after: { src: serverAddr, dst: seenClient },
    note: `${responder.label} replies to ${seenClient}, the source it saw`,
    timeMs: (t += LATENCY_MS.sameNode),
  });
  let here = responder.nodeName;
  let current = { src: serverAddr, dst: seenClient };
  const route = (to: string, note: string): void => {
    hops.push({ kind: 'route', reply: true, at: `node/${to}`, node: to, before: current, after: current, note, timeMs: (t += LATENCY_MS.crossNode) });
    here = to;
  };
  if (input.natted) {
    if (here !== undefined && here !== natNode) route(natNode, `the reply goes back to ${natNode}, whose conntrack holds the translation`);
    const undo: string[] = [];
    if (arrived.dst !== original.dst || arrived.dport !== original.dport) undo.push(`src ${serverAddr} → ${called} (un-DNAT)`);
    if (arrived.src !== original.src || arrived.sport !== original.sport) undo.push(`dst ${seenClient} → ${client} (un-SNAT)`);
    const mode = input.cluster.settings.proxyMode;
    hops.push({
      kind: 'reply',
      reply: true,
      at: `node/${natNode}`,
      node: natNode,
      before: current,
      after: { src: called, dst: client },
      rule: {
        source: mode,
        node: natNode,
        table: 'conntrack',
        text: `conntrack: ${original.proto} src=${original.src} dst=${original.dst} sport=${original.sport} dport=${original.dport} src=${arrived.dst} dst=${arrived.src} sport=${arrived.dport} dport=${arrived.sport} [ASSURED]`,
      },
      note: `${mode === 'ipvs' ? 'IPVS and conntrack' : 'conntrack'} on ${natNode} reverse${mode === 'ipvs' ? '' : 's'} the translation: ${undo.join(', ')}`,
      timeMs: (t += LATENCY_MS.rule),
    });
    here = natNode;
    current = { src: called, dst: client };
  }
  const clientNode = source.node?.name;
  if (!source.external && clientNode !== undefined && here !== undefined && clientNode !== here) route(clientNode, `the reply is routed back to ${clientNode}, where ${source.label} runs`);
  hops.push({
    kind: 'reply',
    reply: true,
    at: source.pod ? `pod/${source.pod.meta.namespace}/${source.pod.meta.name}` : source.node ? `node/${source.node.name}` : 'client',
    ...(source.node ? { node: source.node.name } : {}),
    before: current,
    after: current,
    note: `${source.label} receives the reply from ${current.src}`,
    timeMs: t + (source.external ? LATENCY_MS.internet : LATENCY_MS.sameNode),
  });
  return hops;
}

/** The responder of a reply from a pod. */
export function podResponder(pod: { readonly meta: { readonly namespace: string; readonly name: string }; readonly nodeName?: string }): ReplyResponder {
  return { at: `pod/${pod.meta.namespace}/${pod.meta.name}`, ...(pod.nodeName ? { nodeName: pod.nodeName } : {}), label: pod.meta.name };
}
