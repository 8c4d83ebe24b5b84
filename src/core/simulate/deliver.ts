import type { Pod } from '../model/types';
import { formatAddress } from './dataplane';
import type { Packet } from './netfilter';
import type { Hop, Outcome } from './types';

/**
 * The packet reaches the pod. Whether the application listens on the port is not in any manifest: a
 * numeric targetPort need not be declared. svcscope says when the port is declared by a container and
 * when it is only assumed.
 */
export function deliverToPod(pod: Pod, packet: Packet, timeMs: number): { hop: Hop; outcome: Outcome } {
  const proto = packet.proto.toUpperCase();
  const declared = pod.spec.containers.flatMap((c) => c.ports.map((p) => ({ c, p }))).find(({ p }) => p.containerPort === packet.dport && p.protocol === proto);
  const listening = declared
    ? `container ${declared.c.name} declares ${packet.dport}/${proto}${declared.p.name ? ` (${declared.p.name})` : ''}`
    : `no container declares port ${packet.dport}; svcscope assumes the application listens there`;
  const readiness = pod.ready ? '' : ' (the pod is not Ready, but a connection to its IP still arrives)';
  return {
    hop: {
      kind: 'deliver',
      at: `pod/${pod.meta.namespace}/${pod.meta.name}`,
      ...(pod.nodeName ? { node: pod.nodeName } : {}),
      before: { src: formatAddress(packet.src, packet.sport), dst: formatAddress(packet.dst, packet.dport) },
      after: { src: formatAddress(packet.src, packet.sport), dst: formatAddress(packet.dst, packet.dport) },
      note: `delivered to ${pod.meta.name} on ${pod.nodeName ?? '?'}: ${listening}${readiness}`,
      timeMs,
    },
    outcome: {
      type: 'delivered',
      podNamespace: pod.meta.namespace,
      podName: pod.meta.name,
      podIP: packet.dst,
      port: packet.dport,
      nodeName: pod.nodeName ?? '',
    },
  };
}
