import type { Cluster, Node, Pod } from '../model/types';
import { ipInCidr } from '../util/ipv4';
import { indexCluster } from './cluster-index';
import { formatAddress, LATENCY_MS, packetDst, packetSrc, type Dataplane, type EntryHook } from './dataplane';
import type { Packet } from './netfilter';
import type { SimulationState } from './state';
import type { Hop, Outcome } from './types';

/**
 * One connection's way from the node where it enters netfilter to whatever answers: kube-proxy's data
 * path on that node, then the pod network to the destination pod (or out of the cluster), then the
 * reply's way back through conntrack. Returns the hops and where it ended.
 */
export interface ConnectInput {
  readonly cluster: Cluster;
  readonly dataplane: Dataplane;
  readonly state: SimulationState;
  readonly node: Node;
  readonly hook: EntryHook;
  readonly packet: Packet;
  readonly startMs: number;
}

export type ConnectResult =
  | { readonly type: 'pod'; readonly pod: Pod; readonly packet: Packet; readonly hops: Hop[]; readonly timeMs: number; readonly servicePortName?: string; readonly natted: boolean }
  | { readonly type: 'stop'; readonly hops: Hop[]; readonly outcome: Outcome; readonly timeMs: number; readonly servicePortName?: string; readonly natted: boolean };

export function connect(input: ConnectInput): ConnectResult {
  const { cluster, node, state } = input;
  const index = indexCluster(cluster);
  const processing = input.dataplane({ cluster, node, packet: input.packet, hook: input.hook, state, startMs: input.startMs });
  const hops = [...processing.hops];
  let t = hops.length > 0 ? (hops[hops.length - 1] as Hop).timeMs : input.startMs;
  const verdict = processing.verdict;
  if (verdict.type !== 'forward') {
    const outcome: Outcome =
      verdict.type === 'reject'
        ? { type: 'refused', reason: `${verdict.reason}: kube-proxy rejects the connection on ${node.name} (ICMP port unreachable / TCP RST)` }
        : { type: 'dropped', reason: `${verdict.reason}: dropped on ${node.name}` };
    return { type: 'stop', hops, outcome, timeMs: t, natted: false };
  }
  const packet = verdict.packet;
  const natted = packet.dst !== input.packet.dst || packet.dport !== input.packet.dport || packet.src !== input.packet.src;
  const spn = verdict.servicePortName !== undefined ? { servicePortName: verdict.servicePortName } : {};
  const stop = (outcome: Outcome): ConnectResult => ({ type: 'stop', hops, outcome, timeMs: t, natted, ...spn });

  const pod = index.podByIP.get(packet.dst);
  if (pod) {
    const podNode = pod.nodeName !== undefined ? index.nodeByName.get(pod.nodeName) : undefined;
    if (podNode && podNode.name !== node.name) {
      t += LATENCY_MS.crossNode;
      hops.push({
        kind: 'route',
        at: `node/${podNode.name}`,
        node: podNode.name,
        before: { src: packetSrc(packet), dst: packetDst(packet) },
        after: { src: packetSrc(packet), dst: packetDst(packet) },
        note: `routed over the pod network from ${node.name} to ${podNode.name}, which owns ${podNode.podCIDR}`,
        timeMs: t,
      });
    } else t += LATENCY_MS.sameNode;
    return { type: 'pod', pod, packet, hops, timeMs: t, natted, ...spn };
  }
  if (index.nodeByIP.has(packet.dst) || packet.dst.startsWith('127.')) {
    const target = index.nodeByIP.get(packet.dst)?.name ?? node.name;
    return stop({ type: 'refused', reason: `nothing listens on ${formatAddress(packet.dst, packet.dport)} on ${target}: it is not a NodePort of any Service` });
  }
  const settings = cluster.settings;
  if (ipInCidr(packet.dst, settings.serviceCIDR)) {
    const svc = index.serviceByClusterIP.get(packet.dst);
    return stop({
      type: 'timeout',
      reason: svc
        ? `${svc.meta.namespace}/${svc.meta.name} has no port ${packet.dport}/${packet.proto.toUpperCase()} (ports: ${svc.ports.map((p) => `${p.port}/${p.protocol}`).join(', ')}); no rule matches, the packet goes to the default route and nobody answers`
        : `no Service has the address ${packet.dst}; nothing in the cluster answers`,
    });
  }
  if (ipInCidr(packet.dst, settings.clusterCIDR)) return stop({ type: 'timeout', reason: `no pod has the address ${packet.dst}` });
  t += LATENCY_MS.internet;
  return stop({ type: 'delivered-outside', ip: packet.dst, port: packet.dport, reason: `${formatAddress(packet.dst, packet.dport)} is outside the cluster: the packet leaves through ${node.name}` });
}
