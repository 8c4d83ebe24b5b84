import { describe, expect, it } from 'vitest';
import { buildCluster } from './build-cluster';

const NODE_DUMP = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Node
  metadata:
    name: cp-1
    labels: {node-role.kubernetes.io/control-plane: "", kubernetes.io/hostname: cp-1}
  spec:
    podCIDR: 10.244.0.0/24
    taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]
  status:
    addresses: [{type: InternalIP, address: 172.18.0.2}, {type: Hostname, address: cp-1}]
    conditions: [{type: Ready, status: "True"}]
- apiVersion: v1
  kind: Node
  metadata:
    name: worker-a
    labels: {topology.kubernetes.io/zone: eu-west-1a, kubernetes.io/hostname: worker-a}
  spec:
    podCIDR: 10.244.7.0/24
  status:
    addresses: [{type: InternalIP, address: 172.18.0.3}]
    conditions: [{type: Ready, status: "False"}]
- apiVersion: v1
  kind: Node
  metadata: {name: worker-b}
  spec: {unschedulable: true}
`;

describe('simulated nodes', () => {
  it('are a tainted control plane and 3 workers when the text has no Node objects', () => {
    const { nodes } = buildCluster('');
    expect(nodes.map((n) => [n.name, n.internalIP, n.podCIDR, n.controlPlane, n.schedulable, n.ready, n.simulated])).toEqual([
      ['control-plane', '192.168.49.2', '10.244.0.0/24', true, false, true, true],
      ['node1', '192.168.49.3', '10.244.1.0/24', false, true, true, true],
      ['node2', '192.168.49.4', '10.244.2.0/24', false, true, true, true],
      ['node3', '192.168.49.5', '10.244.3.0/24', false, true, true, true],
    ]);
    expect(nodes[0]?.meta.labels).toHaveProperty('node-role.kubernetes.io/control-plane', '');
    expect(nodes.map((n) => n.meta.labels['kubernetes.io/hostname'])).toEqual(['control-plane', 'node1', 'node2', 'node3']);
  });

  it('spread the workers over three zones', () => {
    const { nodes } = buildCluster('', { workerCount: 4 });
    expect(nodes.slice(1).map((n) => n.zone)).toEqual(['zone-a', 'zone-b', 'zone-c', 'zone-a']);
    expect(nodes.slice(1).map((n) => n.meta.labels['topology.kubernetes.io/zone'])).toEqual(['zone-a', 'zone-b', 'zone-c', 'zone-a']);
  });

  it('follow workerCount, kept between 1 and 50', () => {
    const workers = (workerCount: number): number => buildCluster('', { workerCount }).nodes.filter((n) => !n.controlPlane).length;
    expect(workers(5)).toBe(5);
    expect(workers(0)).toBe(1);
    expect(workers(2.7)).toBe(2);
    expect(workers(500)).toBe(50);
  });

  it('carve each node a /24 from a configured cluster CIDR', () => {
    const { nodes } = buildCluster('', {
      clusterCIDR: '10.100.0.0/16',
      workerCount: 2,
    });
    expect(nodes.map((n) => n.podCIDR)).toEqual(['10.100.0.0/24', '10.100.1.0/24', '10.100.2.0/24']);
  });
});

describe('Node objects from a dump', () => {
  it('replace the simulated nodes, with their address, pod CIDR, zone, readiness, role and taints', () => {
    const { nodes, diagnostics } = buildCluster(NODE_DUMP);
    expect(diagnostics).toEqual([]);
    expect(nodes.map((n) => [n.name, n.internalIP, n.podCIDR, n.zone, n.ready, n.controlPlane, n.schedulable, n.simulated])).toEqual([
      ['cp-1', '172.18.0.2', '10.244.0.0/24', undefined, true, true, false, false],
      ['worker-a', '172.18.0.3', '10.244.7.0/24', 'eu-west-1a', false, false, true, false],
      // Nothing written: an address and a pod CIDR are made up in their place.
      ['worker-b', '192.168.49.4', '10.244.2.0/24', undefined, true, false, false, false],
    ]);
  });

  it('leave pods that fit nowhere Pending: the only worker is NotReady and the other cordoned', () => {
    const text = `${NODE_DUMP}---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x}]}\n`;
    const pod = buildCluster(text).pods.find((p) => p.meta.name === 'p');
    expect(pod).toMatchObject({ phase: 'Pending', ready: false });
    expect(pod?.ip).toBeUndefined();
  });
});
