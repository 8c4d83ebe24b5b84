import type { Cluster, Node, Pod } from '../model/types';
import { isIPv4 } from '../util/ipv4';
import type { EntryHook } from './dataplane';
import type { TraceSource } from './types';

/** Who sends: its address, the node whose netfilter sees the packet first, and how it enters it. */
export interface ResolvedSource {
  readonly label: string;
  readonly ip: string;
  readonly pod?: Pod;
  /** The node the sender runs on (none for the outside client). */
  readonly node?: Node;
  readonly hook: EntryHook;
  readonly external: boolean;
}

export type SourceResult = { readonly ok: true; readonly source: ResolvedSource } | { readonly ok: false; readonly reason: string };

/** Ephemeral ports are drawn from Linux's default range 32768–60999. */
export const EPHEMERAL_PORT_BASE = 32768;
export const EPHEMERAL_PORT_COUNT = 28232;

export function resolveSource(cluster: Cluster, source: TraceSource): SourceResult {
  switch (source.type) {
    case 'external': {
      const ip = source.ip ?? cluster.settings.externalClientIP;
      if (!isIPv4(ip)) return { ok: false, reason: `the client address "${ip}" is not an IPv4 address` };
      return { ok: true, source: { label: `client ${ip}`, ip, hook: 'PREROUTING', external: true } };
    }
    case 'node': {
      const node = cluster.nodes.find((n) => n.name === source.name);
      if (!node) return { ok: false, reason: `no node named "${source.name}" (nodes: ${cluster.nodes.map((n) => n.name).join(', ')})` };
      return { ok: true, source: { label: `node ${node.name}`, ip: node.internalIP, node, hook: 'OUTPUT', external: false } };
    }
    case 'pod': {
      const pod = cluster.pods.find((p) => p.meta.namespace === source.namespace && p.meta.name === source.name);
      if (!pod) {
        const near = cluster.pods.filter((p) => p.meta.namespace === source.namespace).map((p) => p.meta.name);
        return { ok: false, reason: `no pod ${source.namespace}/${source.name}${near.length > 0 ? ` (pods there: ${near.slice(0, 5).join(', ')})` : ''}` };
      }
      if (!pod.ip || !pod.nodeName) return { ok: false, reason: `pod ${source.namespace}/${source.name} is ${pod.phase} and has no IP: it cannot send` };
      const node = cluster.nodes.find((n) => n.name === pod.nodeName);
      if (!node) return { ok: false, reason: `pod ${source.namespace}/${source.name} runs on unknown node ${pod.nodeName}` };
      // A hostNetwork pod shares the node's network namespace: its packets start in OUTPUT like the node's.
      return {
        ok: true,
        source: { label: `pod ${pod.meta.name}`, ip: pod.ip, pod, node, hook: pod.spec.hostNetwork ? 'OUTPUT' : 'PREROUTING', external: false },
      };
    }
  }
}
