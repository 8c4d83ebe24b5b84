import type { Cluster, Node } from '../model/types';
import type { Packet } from './netfilter';
import type { SimulationState } from './state';
import type { Hop, RuleRef } from './types';

/**
 * What one node's kube-proxy data path does with a packet, whatever the proxy mode: the hops it adds and
 * the packet that leaves (rewritten by DNAT and perhaps masqueraded), or why it stops.
 */
export type NodeVerdict =
  | { readonly type: 'forward'; readonly packet: Packet; readonly masqueraded: boolean; readonly servicePortName?: string }
  | { readonly type: 'reject' | 'drop'; readonly reason: string; readonly rule?: RuleRef };

export interface NodeProcessing {
  readonly hops: readonly Hop[];
  readonly verdict: NodeVerdict;
}

/** Where the packet enters the node's netfilter: from a pod's veth or the wire (PREROUTING), or from the node itself (OUTPUT). */
export type EntryHook = 'PREROUTING' | 'OUTPUT';

export interface DataplaneInput {
  readonly cluster: Cluster;
  readonly node: Node;
  readonly packet: Packet;
  readonly hook: EntryHook;
  readonly state: SimulationState;
  /** Simulated time of the first hop on this node. */
  readonly startMs: number;
}

export type Dataplane = (input: DataplaneInput) => NodeProcessing;

export const LATENCY_MS = {
  rule: 0.01,
  dns: 0.6,
  sameNode: 0.05,
  crossNode: 0.35,
  internet: 12,
  cloudLB: 1.5,
  proxy: 0.8,
  app: 2,
} as const;

export function formatAddress(ip: string, port: number): string {
  return `${ip}:${port}`;
}

export function packetSrc(p: Packet): string {
  return formatAddress(p.src, p.sport);
}

export function packetDst(p: Packet): string {
  return formatAddress(p.dst, p.dport);
}
