import type { FieldReader } from '../manifest/fields';
import { formatIPv4, parseCidr } from '../util/ipv4';
import { generatedMeta } from './read/meta';
import { readNode } from './read/node';
import type { ClusterSettings, Node } from './types';

export const SIMULATED_NODE_NETWORK = '192.168.49.0/24';
const ZONES = ['zone-a', 'zone-b', 'zone-c'];

/**
 * Nodes come from Node objects when the text has them (a cluster dump); otherwise svcscope simulates a
 * kind-like cluster: a tainted control-plane node and N workers on 192.168.49.0/24, each with a /24 of
 * the pod CIDR (control-plane 10.244.0.0/24, node1 10.244.1.0/24, ...) and a zone label spread over three zones.
 */
export function buildNodes(readers: readonly FieldReader[], settings: ClusterSettings): Node[] {
  if (readers.length > 0) return readers.map((r, i) => completeNode(readNode(r), i, settings));
  const nodes: Node[] = [simulatedNode('control-plane', 0, true, settings)];
  for (let i = 1; i <= settings.workerCount; i++) nodes.push(simulatedNode(`node${i}`, i, false, settings));
  return nodes;
}

function podCidrFor(index: number, settings: ClusterSettings): string {
  const cluster = parseCidr(settings.clusterCIDR) ?? parseCidr('10.244.0.0/16');
  const base = (cluster?.base ?? 0) + index * 256;
  return `${formatIPv4(base >>> 0)}/24`;
}

function simulatedNode(name: string, index: number, controlPlane: boolean, settings: ClusterSettings): Node {
  const net = parseCidr(SIMULATED_NODE_NETWORK);
  const zone = controlPlane ? (ZONES[0] as string) : (ZONES[(index - 1) % ZONES.length] as string);
  const labels: Record<string, string> = {
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    'topology.kubernetes.io/zone': zone,
  };
  if (controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    // kubeadm labels its control plane so that cloud load balancers leave it out.
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  return {
    meta: { ...generatedMeta(name, '', labels, -1, controlPlane), namespace: '' },
    name,
    internalIP: formatIPv4(((net?.base ?? 0) + 2 + index) >>> 0),
    podCIDR: podCidrFor(index, settings),
    zone,
    ready: true,
    controlPlane,
    schedulable: !controlPlane,
    simulated: true,
  };
}

function completeNode(node: ReturnType<typeof readNode>, index: number, settings: ClusterSettings): Node {
  const net = parseCidr(SIMULATED_NODE_NETWORK);
  return {
    ...node,
    internalIP: node.internalIP ?? formatIPv4(((net?.base ?? 0) + 2 + index) >>> 0),
    podCIDR: node.podCIDR ?? podCidrFor(index, settings),
  };
}
