import { describe, expect, it } from 'vitest';
import { ipInCidr } from '../util/ipv4';
import { buildCluster } from './build-cluster';
import type { Cluster, Pod } from './types';

const SAFE = '[bcdfghjklmnpqrstvwxz2456789]';

function deployment(name: string, replicas: number, extra = '', image = 'nginx:1.27'): string {
  return `---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
${extra}      containers:
      - name: main
        image: ${image}
`;
}

const userPods = (cluster: Cluster): Pod[] => cluster.pods.filter((p) => !p.meta.system && p.meta.namespace !== 'ingress-nginx');
const podsOf = (cluster: Cluster, workload: string): Pod[] => cluster.pods.filter((p) => p.workload?.name === workload);

describe('Deployment pods', () => {
  it('are named <deployment>-<pod-template-hash>-<5 characters>, owned by the ReplicaSet <deployment>-<hash>', () => {
    const cluster = buildCluster(deployment('web', 3));
    const pods = podsOf(cluster, 'web');
    const workload = cluster.workloads.find((w) => w.meta.name === 'web');
    const hash = workload?.podTemplateHash ?? '';
    expect(hash).toMatch(new RegExp(`^${SAFE}{8,10}$`));
    expect(workload?.replicaSetName).toBe(`web-${hash}`);
    expect(pods).toHaveLength(3);
    for (const pod of pods) {
      expect(pod.meta.name).toMatch(new RegExp(`^web-${hash}-${SAFE}{5}$`));
      expect(pod.meta.labels).toEqual({
        app: 'web',
        'pod-template-hash': hash,
      });
      expect(pod.owner).toEqual({ kind: 'ReplicaSet', name: `web-${hash}` });
      expect(pod.workload).toEqual({ kind: 'Deployment', name: 'web' });
      expect(pod).toMatchObject({
        phase: 'Running',
        ready: true,
        terminating: false,
        fromManifest: false,
      });
    }
    expect(new Set(pods.map((p) => p.meta.name)).size).toBe(3);
  });

  it('get a new hash when the pod template changes, not when replicas do', () => {
    const hashOf = (text: string): string | undefined => buildCluster(text).workloads.find((w) => w.meta.name === 'web')?.podTemplateHash;
    expect(hashOf(deployment('web', 3))).toBe(hashOf(deployment('web', 5)));
    expect(hashOf(deployment('web', 3, '', 'nginx:1.28'))).not.toBe(hashOf(deployment('web', 3)));
  });

  it('scaling from 3 to 4 keeps the first three pods, their names, nodes and IPs', () => {
    const three = podsOf(buildCluster(deployment('web', 3) + deployment('api', 2)), 'web');
    const four = podsOf(buildCluster(deployment('web', 4) + deployment('api', 2)), 'web');
    const facts = (p: Pod): string => `${p.meta.name} ${p.nodeName ?? ''} ${p.ip ?? ''}`;
    expect(four.slice(0, 3).map(facts)).toEqual(three.map(facts));
    expect(four).toHaveLength(4);
  });

  it('replicas: 0 makes no pods, a missing replicas makes one, a negative one is refused', () => {
    expect(podsOf(buildCluster(deployment('web', 0)), 'web')).toHaveLength(0);
    expect(podsOf(buildCluster(deployment('web', 1).replace('  replicas: 1\n', '')), 'web')).toHaveLength(1);
    const negative = buildCluster(deployment('web', -2));
    expect(podsOf(negative, 'web')).toHaveLength(0);
    expect(negative.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['REPLICAS_NEGATIVE', 'spec.replicas: Invalid value: -2: must be greater than or equal to 0.'],
    ]);
  });

  it('never gives two pods the same name, even when thousands of 5-character suffixes collide', () => {
    const names = podsOf(buildCluster(deployment('web', 5000), { workerCount: 1 }), 'web').map((p) => p.meta.name);
    expect(names).toHaveLength(5000);
    expect(new Set(names).size).toBe(5000);
  });

  it('names depend on the seed, and the same seed gives the same names', () => {
    const names = (seed: number): string[] => podsOf(buildCluster(deployment('web', 3), { seed }), 'web').map((p) => p.meta.name);
    expect(names(3)).toEqual(names(3));
    expect(names(3)).not.toEqual(names(4));
  });
});

describe('ReplicaSet, StatefulSet and DaemonSet pods', () => {
  it('a standalone ReplicaSet makes <name>-<5 characters> pods', () => {
    const text = deployment('rs', 2).replace('kind: Deployment', 'kind: ReplicaSet');
    const pods = podsOf(buildCluster(text), 'rs');
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p.meta.name).toMatch(new RegExp(`^rs-${SAFE}{5}$`));
      expect(p.owner).toEqual({ kind: 'ReplicaSet', name: 'rs' });
      expect(p.meta.labels).toEqual({ app: 'rs' });
    }
  });

  it('a StatefulSet makes <name>-0 … <name>-(n-1) with hostname = pod name and subdomain = serviceName', () => {
    const text = deployment('db', 3)
      .replace('kind: Deployment', 'kind: StatefulSet')
      .replace('spec:\n  replicas', 'spec:\n  serviceName: db-headless\n  replicas');
    const pods = podsOf(buildCluster(text), 'db');
    expect(pods.map((p) => [p.meta.name, p.spec.hostname, p.spec.subdomain])).toEqual([
      ['db-0', 'db-0', 'db-headless'],
      ['db-1', 'db-1', 'db-headless'],
      ['db-2', 'db-2', 'db-headless'],
    ]);
    expect(pods[2]?.meta.labels).toEqual({
      app: 'db',
      'statefulset.kubernetes.io/pod-name': 'db-2',
      'apps.kubernetes.io/pod-index': '2',
    });
    expect(pods[0]?.owner).toEqual({ kind: 'StatefulSet', name: 'db' });
  });

  it('a DaemonSet runs one pod on each schedulable node, none on the tainted control plane', () => {
    const text = deployment('agent', 1).replace('kind: Deployment', 'kind: DaemonSet');
    const pods = podsOf(buildCluster(text, { workerCount: 4 }), 'agent');
    expect(pods.map((p) => p.nodeName).sort()).toEqual(['node1', 'node2', 'node3', 'node4']);
    for (const p of pods) expect(p.meta.name).toMatch(new RegExp(`^agent-${SAFE}{5}$`));
  });

  it('a DaemonSet honours its nodeSelector', () => {
    const text = deployment('agent', 1, '      nodeSelector: {topology.kubernetes.io/zone: zone-b}\n').replace('kind: Deployment', 'kind: DaemonSet');
    expect(
      podsOf(buildCluster(text, { workerCount: 6 }), 'agent')
        .map((p) => p.nodeName)
        .sort(),
    ).toEqual(['node2', 'node5']);
  });
});

describe('scheduling and pod IPs', () => {
  it('spreads a workload across the workers, never on the control plane', () => {
    const pods = podsOf(buildCluster(deployment('web', 6)), 'web');
    const perNode = new Map<string, number>();
    for (const p of pods) perNode.set(p.nodeName ?? '', (perNode.get(p.nodeName ?? '') ?? 0) + 1);
    expect([...perNode.entries()].sort()).toEqual([
      ['node1', 2],
      ['node2', 2],
      ['node3', 2],
    ]);
  });

  it('gives every pod a unique IP inside its node pod CIDR, past the network and gateway addresses', () => {
    const cluster = buildCluster(deployment('web', 40) + deployment('api', 30));
    const ips = cluster.pods.map((p) => p.ip ?? '');
    expect(new Set(ips).size).toBe(ips.length);
    for (const pod of cluster.pods) {
      const node = cluster.nodes.find((n) => n.name === pod.nodeName);
      expect(node, pod.meta.name).toBeDefined();
      expect(ipInCidr(pod.ip ?? '', node?.podCIDR ?? ''), `${pod.meta.name} ${pod.ip} ${node?.podCIDR}`).toBe(true);
      expect(Number(pod.ip?.split('.')[3])).toBeGreaterThanOrEqual(2);
      expect(pod.hostIP).toBe(node?.internalIP);
    }
  });

  it('honours nodeSelector', () => {
    const pods = podsOf(buildCluster(deployment('web', 3, '      nodeSelector: {kubernetes.io/hostname: node2}\n')), 'web');
    expect(pods.map((p) => p.nodeName)).toEqual(['node2', 'node2', 'node2']);
  });

  it('leaves pods whose nodeSelector matches no node Pending, without IP and not ready', () => {
    const pods = podsOf(buildCluster(deployment('web', 2, '      nodeSelector: {disk: ssd}\n')), 'web');
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p).toMatchObject({ phase: 'Pending', ready: false });
      expect(p.ip).toBeUndefined();
      expect(p.nodeName).toBeUndefined();
    }
  });

  it('puts a bare Pod with spec.nodeName on that node, and leaves it Pending when the node does not exist', () => {
    const pod = (name: string, node: string): string =>
      `---\napiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  nodeName: ${node}\n  containers: [{name: c, image: x}]\n`;
    const cluster = buildCluster(pod('pinned', 'node3') + pod('lost', 'node9'));
    const pinned = cluster.pods.find((p) => p.meta.name === 'pinned');
    expect(pinned).toMatchObject({
      nodeName: 'node3',
      phase: 'Running',
      ready: true,
      fromManifest: true,
    });
    expect(ipInCidr(pinned?.ip ?? '', '10.244.3.0/24')).toBe(true);
    const lost = cluster.pods.find((p) => p.meta.name === 'lost');
    expect(lost).toMatchObject({
      nodeName: 'node9',
      phase: 'Pending',
      ready: false,
    });
    expect(lost?.ip).toBeUndefined();
  });

  it('gives a hostNetwork pod its node address', () => {
    const pods = podsOf(buildCluster(deployment('net', 2, '      hostNetwork: true\n')), 'net');
    for (const p of pods) expect(p.ip).toBe(buildCluster('').nodes.find((n) => n.name === p.nodeName)?.internalIP);
  });

  it('runs the two CoreDNS pods of kube-system on the control plane, as kubeadm does', () => {
    const coredns = buildCluster('').pods.filter((p) => p.workload?.name === 'coredns');
    expect(coredns).toHaveLength(2);
    for (const p of coredns)
      expect(p).toMatchObject({
        nodeName: 'control-plane',
        meta: {
          namespace: 'kube-system',
          system: true,
          labels: { 'k8s-app': 'kube-dns' },
        },
      });
  });
});

/** Part of `kubectl get deploy,rs,pods -A -o yaml`: two Deployments whose names share a prefix. */
const DUMP = `apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec:
    replicas: 2
    selector: {matchLabels: {app: web}}
    template:
      metadata: {labels: {app: web}}
      spec: {containers: [{name: web, image: nginx}]}
- apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web-api, namespace: shop}
  spec:
    replicas: 2
    selector: {matchLabels: {app: api}}
    template:
      metadata: {labels: {app: api}}
      spec: {containers: [{name: api, image: api}]}
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata:
    name: web-api-6d8f5b7c9
    namespace: shop
    ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web-api, controller: true}]
  spec:
    replicas: 2
    selector: {matchLabels: {app: api}}
    template:
      metadata: {labels: {app: api}}
      spec: {containers: [{name: api, image: api}]}
- apiVersion: v1
  kind: Pod
  metadata:
    name: web-api-6d8f5b7c9-x2k4p
    namespace: shop
    labels: {app: api, pod-template-hash: 6d8f5b7c9}
    ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-api-6d8f5b7c9, controller: true}]
  spec:
    nodeName: node1
    containers: [{name: api, image: api}]
  status:
    phase: Running
    podIP: 10.244.1.17
    hostIP: 192.168.49.3
    conditions: [{type: Ready, status: "False"}]
- apiVersion: v1
  kind: Pod
  metadata:
    name: web-api-6d8f5b7c9-q8zzt
    namespace: shop
    labels: {app: api, pod-template-hash: 6d8f5b7c9}
    ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-api-6d8f5b7c9, controller: true}]
  spec:
    containers: [{name: api, image: api}]
  status:
    phase: Pending
    conditions: [{type: PodScheduled, status: "False"}]
`;

describe('pods from a cluster dump', () => {
  const cluster = buildCluster(DUMP);
  const api = podsOf(cluster, 'web-api');

  it('are taken as they are: IP, node, phase and Ready condition', () => {
    expect(cluster.diagnostics).toEqual([]);
    expect(api.map((p) => [p.meta.name, p.ip, p.nodeName, p.hostIP, p.phase, p.ready, p.fromManifest])).toEqual([
      ['web-api-6d8f5b7c9-x2k4p', '10.244.1.17', 'node1', '192.168.49.3', 'Running', false, true],
      // Pending in the dump, without an IP: it stays so, and gets none made up.
      ['web-api-6d8f5b7c9-q8zzt', undefined, undefined, undefined, 'Pending', false, true],
    ]);
  });

  it('are not doubled by their Deployment or its dumped ReplicaSet', () => {
    expect(api).toHaveLength(2);
    expect(cluster.workloads.filter((w) => w.kind === 'ReplicaSet')).toEqual([]);
  });

  it('belong to the Deployment named by their ReplicaSet, not to one whose name is a prefix of it', () => {
    expect(api.every((p) => p.workload?.name === 'web-api')).toBe(true);
    // web has no pods in the dump, so its controller makes its two.
    const web = podsOf(cluster, 'web');
    expect(web).toHaveLength(2);
    expect(web.every((p) => !p.fromManifest)).toBe(true);
  });

  it('give their Deployment the dumped ReplicaSet name and hash', () => {
    expect(cluster.workloads.find((w) => w.meta.name === 'web-api')).toMatchObject({
      replicaSetName: 'web-api-6d8f5b7c9',
      podTemplateHash: '6d8f5b7c9',
    });
  });

  it('keep their IPs out of reach of the pods svcscope makes', () => {
    const ips = cluster.pods.flatMap((p) => (p.ip ? [p.ip] : []));
    expect(new Set(ips).size).toBe(ips.length);
  });

  it('a bare Pod without status is started: scheduled, Running, Ready, with an IP', () => {
    const bare = buildCluster('apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {app: p}}\nspec: {containers: [{name: c, image: x}]}\n');
    expect(userPods(bare)).toEqual([
      expect.objectContaining({
        phase: 'Running',
        ready: true,
        fromManifest: true,
        ip: expect.stringMatching(/^10\.244\.[1-3]\./),
      }),
    ]);
  });

  it('a terminating pod (deletionTimestamp set) is flagged', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p, deletionTimestamp: "2024-05-01T10:00:00Z"}\nspec: {containers: [{name: c}]}\nstatus: {phase: Running, podIP: 10.244.2.9, conditions: [{type: Ready, status: "True"}]}\n';
    expect(userPods(buildCluster(text))[0]).toMatchObject({
      terminating: true,
      ready: true,
      ip: '10.244.2.9',
    });
  });
});
