import type { Cluster, Node, Pod } from '../model/types';
import { ipInCidr } from '../util/ipv4';
import { indexCluster } from './cluster-index';
import { formatAddress, LATENCY_MS, packetDst, packetSrc, type Dataplane, type EntryHook } from './dataplane';
import type { Packet } from './netfilter';
import type { SimulationState } from './state';
import type { Hop, Outcome } from './types';

/**
 * One connection's way from the node where it enters netfilter to whatever answers: kube-proxy's data
 * path on that node, then the pod network to the destination pod (or out of the cluster). A packet
 * addressed to another node's IP (a NodePort called from a pod or a node) is routed there and meets that
 * node's kube-proxy rules, as on a real cluster. Returns the hops, where it ended and which node's
 * conntrack holds the translation (for the reply).
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

interface ConnectCommon {
  readonly hops: Hop[];
  readonly timeMs: number;
  readonly servicePortName?: string;
  readonly natted: boolean;
  /** The node whose netfilter translated the connection (where conntrack reverses it for the reply). */
  readonly natNode: string;
  /** The packet as it last was: rewritten by DNAT and perhaps masqueraded. */
  readonly packet: Packet;
}

export type ConnectResult =
  | (ConnectCommon & { readonly type: 'pod'; readonly pod: Pod })
  | (ConnectCommon & { readonly type: 'stop'; readonly outcome: Outcome });

export function connect(input: ConnectInput): ConnectResult {
  const { cluster, state } = input;
  const index = indexCluster(cluster);
  const hops: Hop[] = [];
  let node = input.node;
  let hook = input.hook;
  let packet = input.packet;
  let t = input.startMs;
  let natted = false;
  let natNode = node.name;
  let servicePortName: string | undefined;

  // At most two nodes see a fresh packet: the sender's, and the node whose address it is sent to.
  for (let leg = 0; ; leg++) {
    const processing = input.dataplane({ cluster, node, packet, hook, state, startMs: t });
    hops.push(...processing.hops);
    t = hops.length > 0 ? (hops[hops.length - 1] as Hop).timeMs : t;
    const verdict = processing.verdict;
    if (verdict.type !== 'forward') {
      const outcome: Outcome =
        verdict.type === 'reject'
          ? { type: 'refused', reason: `${verdict.reason}: kube-proxy rejects the connection on ${node.name} (ICMP port unreachable / TCP RST)` }
          : { type: 'dropped', reason: `${verdict.reason}: dropped on ${node.name}` };
      return { type: 'stop', hops, outcome, timeMs: t, natted, natNode, packet, ...(servicePortName !== undefined ? { servicePortName } : {}) };
    }
    const out = verdict.packet;
    if (out.dst !== packet.dst || out.dport !== packet.dport || out.src !== packet.src) {
      natted = true;
      natNode = node.name;
    }
    servicePortName ??= verdict.servicePortName;
    packet = out;
    const addressed = index.nodeByIP.get(packet.dst);
    if (leg > 0 || natted || !addressed || addressed.name === node.name) break;
    t += LATENCY_MS.crossNode;
    hops.push({
      kind: 'route',
      at: `node/${addressed.name}`,
      node: addressed.name,
      before: { src: packetSrc(packet), dst: packetDst(packet) },
      after: { src: packetSrc(packet), dst: packetDst(packet) },
      note: `${packet.dst} is ${addressed.name}'s address: the packet is routed there and meets ${addressed.name}'s own kube-proxy rules`,
      timeMs: t,
    });
    node = addressed;
    hook = 'PREROUTING';
    natNode = node.name;
  }

  const spn = servicePortName !== undefined ? { servicePortName } : {};
  const stop = (outcome: Outcome): ConnectResult => ({ type: 'stop', hops, outcome, timeMs: t, natted, natNode, packet, ...spn });
  const arrive = (pod: Pod, podNode: Node | undefined): ConnectResult => {
    if (podNode && podNode.name !== node.name) {
      t += LATENCY_MS.crossNode;
      hops.push({
        kind: 'route',
        at: `node/${podNode.name}`,
        node: podNode.name,
        before: { src: packetSrc(packet), dst: packetDst(packet) },
        after: { src: packetSrc(packet), dst: packetDst(packet) },
        note: pod.spec.hostNetwork
          ? `routed to ${podNode.name}, whose own address ${packet.dst} the host-network pod ${pod.meta.name} shares`
          : `routed over the pod network from ${node.name} to ${podNode.name}, which owns ${podNode.podCIDR}`,
        timeMs: t,
      });
    } else t += LATENCY_MS.sameNode;
    return { type: 'pod', pod, packet, hops, timeMs: t, natted, natNode, ...spn };
  };

  const pod = index.podByIP.get(packet.dst);
  if (pod) return arrive(pod, pod.nodeName !== undefined ? index.nodeByName.get(pod.nodeName) : undefined);

  const hostNode = index.nodeByIP.get(packet.dst) ?? (packet.dst.startsWith('127.') ? node : undefined);
  if (hostNode) {
    // An address of a node: a host-network pod there (a DaemonSet with hostNetwork), or, for a Service
    // endpoint that no pod object stands for (kube-apiserver behind default/kubernetes), the node's own process.
    const hostPod = hostNetworkPod(cluster, hostNode, packet);
    if (hostPod) return arrive(hostPod, hostNode);
    if (natted && servicePortName !== undefined) {
      if (hostNode.name !== node.name) {
        t += LATENCY_MS.crossNode;
        hops.push({
          kind: 'route',
          at: `node/${hostNode.name}`,
          node: hostNode.name,
          before: { src: packetSrc(packet), dst: packetDst(packet) },
          after: { src: packetSrc(packet), dst: packetDst(packet) },
          note: `routed to ${hostNode.name}, the endpoint's own address`,
          timeMs: t,
        });
      }
      t += LATENCY_MS.app;
      hops.push({
        kind: 'deliver',
        at: `node/${hostNode.name}`,
        node: hostNode.name,
        before: { src: packetSrc(packet), dst: packetDst(packet) },
        after: { src: packetSrc(packet), dst: packetDst(packet) },
        note: `delivered to a process in ${hostNode.name}'s host network on port ${packet.dport}${servicePortName === 'default/kubernetes:https' ? ' (kube-apiserver)' : ''}`,
        timeMs: t,
      });
      return stop({
        type: 'delivered-host',
        nodeName: hostNode.name,
        ip: packet.dst,
        port: packet.dport,
        reason: `${formatAddress(packet.dst, packet.dport)} is an endpoint of ${servicePortName} on ${hostNode.name}'s own address: a host-network process answers${servicePortName === 'default/kubernetes:https' ? ' (kube-apiserver)' : ''}`,
      });
    }
    return stop({ type: 'refused', reason: `nothing listens on ${formatAddress(packet.dst, packet.dport)} on ${hostNode.name}: it is not a NodePort of any Service` });
  }
  const settings = cluster.settings;
  const balancer = index.serviceByLoadBalancerIP.get(packet.dst);
  if (balancer) {
    return stop({
      type: 'timeout',
      reason: `${packet.dst} is the load balancer of ${balancer.meta.namespace}/${balancer.meta.name}, which listens on ${balancer.ports.map((p) => `${p.port}/${p.protocol}`).join(', ')}, not ${packet.dport}/${packet.proto.toUpperCase()}: nobody answers`,
    });
  }
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

/** A running host-network pod on the node that declares the port; the first such pod when none declares it but one serves a Service there. */
function hostNetworkPod(cluster: Cluster, node: Node, packet: Packet): Pod | undefined {
  const proto = packet.proto.toUpperCase();
  const candidates = cluster.pods.filter((p) => p.spec.hostNetwork && p.nodeName === node.name && p.phase === 'Running');
  const declared = candidates.find((p) => p.spec.containers.some((c) => c.ports.some((cp) => cp.containerPort === packet.dport && cp.protocol === proto)));
  if (declared) return declared;
  return candidates.find((p) =>
    cluster.endpointSlices.some((s) => s.ports.some((sp) => sp.port === packet.dport) && s.endpoints.some((e) => e.targetRef?.name === p.meta.name && e.targetRef.namespace === p.meta.namespace)),
  );
}
