import { describe, expect, it } from 'vitest';
import { podYaml, serviceYaml } from '../controllers/test-fixtures';
import { buildCluster } from '../model/build-cluster';
import { buildGraph } from './build-graph';
import type { ClusterGraph, GraphEdgeKind } from './types';

const APP = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: http, nodePort: 30080}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: postgres}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  ingressClassName: nginx
  defaultBackend: {service: {name: web, port: {number: 80}}}
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      - {path: /api, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;

const edgesOf = (graph: ClusterGraph, kind: GraphEdgeKind): string[] => graph.edges.filter((e) => e.kind === kind).map((e) => `${e.source} -> ${e.target}`);

describe('buildGraph', () => {
  const cluster = buildCluster(APP);
  const graph = buildGraph(cluster);
  const web = cluster.workloads.find((w) => w.meta.name === 'web');
  const webPods = cluster.pods.filter((p) => p.workload?.name === 'web').map((p) => p.meta.name);

  it('draws Deployment → ReplicaSet → Pod ownership', () => {
    const rs = `replicaset/default/${web?.replicaSetName ?? ''}`;
    expect(edgesOf(graph, 'owns')).toEqual(
      expect.arrayContaining([
        `deployment/default/web -> ${rs}`,
        ...webPods.map((p) => `${rs} -> pod/default/${p}`),
        'statefulset/default/db -> pod/default/db-0',
      ]),
    );
    expect(graph.nodes.find((n) => n.id === rs)).toMatchObject({
      kind: 'replicaset',
      label: web?.replicaSetName,
      details: ['2 pods'],
    });
    expect(graph.nodes.find((n) => n.id === 'deployment/default/web')).toMatchObject({
      kind: 'deployment',
      details: ['2/2 ready', 'nginx'],
      status: 'ok',
      line: 1,
    });
  });

  it('draws Service → Endpoints → each endpoint pod', () => {
    expect(edgesOf(graph, 'endpoints')).toContain('service/default/web -> endpoints/default/web');
    expect(
      edgesOf(graph, 'endpoint')
        .filter((e) => e.startsWith('endpoints/default/web '))
        .sort(),
    ).toEqual(webPods.map((p) => `endpoints/default/web -> pod/default/${p}`).sort());
    expect(graph.nodes.find((n) => n.id === 'service/default/web')).toMatchObject({ kind: 'service', status: 'ok', line: 11 });
  });

  it('routes the Ingress to its Service once, however many paths point there, and the client reaches the Ingress', () => {
    expect(edgesOf(graph, 'routes')).toEqual(['ingress/default/shop -> service/default/web']);
    expect(graph.edges.find((e) => e.kind === 'routes')?.label).toBe('shop.example.com/');
    expect(edgesOf(graph, 'reaches')).toContain('client/external -> ingress/default/shop');
    expect(graph.nodes.find((n) => n.id === 'ingress/default/shop')?.details).toEqual(['class nginx', 'shop.example.com']);
  });

  it('lets the outside client reach a NodePort Service on its nodePort', () => {
    const edge = graph.edges.find((e) => e.kind === 'reaches' && e.target === 'service/default/web');
    expect(edge).toMatchObject({
      source: 'client/external',
      label: 'NodeIP:30080',
    });
    expect(graph.nodes.find((n) => n.id === 'client/external')?.details).toEqual(['203.0.113.10']);
  });

  it('gives every pod its node as parent, and a runs-on edge to it', () => {
    const pods = graph.nodes.filter((n) => n.kind === 'pod');
    expect(pods.length).toBeGreaterThan(0);
    for (const pod of pods) {
      const real = cluster.pods.find((p) => `pod/${p.meta.namespace}/${p.meta.name}` === pod.id);
      expect(pod.parentId).toBe(`node/${real?.nodeName ?? ''}`);
      expect(edgesOf(graph, 'runs-on')).toContain(`${pod.id} -> node/${real?.nodeName ?? ''}`);
    }
  });

  it('shows every node, the control plane included, with its address and pod CIDR', () => {
    expect(graph.nodes.filter((n) => n.kind === 'node').map((n) => n.label)).toEqual(['control-plane', 'node1', 'node2', 'node3']);
    expect(graph.nodes.find((n) => n.id === 'node/node1')?.details).toEqual(['192.168.49.3', '10.244.1.0/24', 'zone-a']);
  });

  it('hides kubernetes, kube-dns and CoreDNS unless includeSystem', () => {
    const hidden = graph.nodes.map((n) => n.id);
    expect(hidden).not.toContain('service/default/kubernetes');
    expect(hidden).not.toContain('service/kube-system/kube-dns');
    expect(hidden.some((id) => id.startsWith('pod/kube-system/coredns-'))).toBe(false);
    const shown = buildGraph(cluster, { includeSystem: true }).nodes.map((n) => n.id);
    expect(shown).toContain('service/default/kubernetes');
    expect(shown).toContain('service/kube-system/kube-dns');
    expect(shown).toContain('deployment/kube-system/coredns');
    expect(shown.filter((id) => id.startsWith('pod/kube-system/coredns-'))).toHaveLength(2);
  });

  it('never draws an edge to a node it does not show, and gives every node and edge a unique id', () => {
    for (const g of [graph, buildGraph(cluster, { includeSystem: true })]) {
      const ids = new Set(g.nodes.map((n) => n.id));
      expect(ids.size).toBe(g.nodes.length);
      expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
      for (const e of g.edges) {
        expect(ids.has(e.source), e.id).toBe(true);
        expect(ids.has(e.target), e.id).toBe(true);
      }
    }
  });
});

describe('buildGraph statuses', () => {
  it('marks unready endpoints with dashed (ready: false) edges and the Service without ready endpoints as a warning', () => {
    const cluster = buildCluster(serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80') + podYaml('a', { ip: '10.244.1.2', ready: false }));
    const graph = buildGraph(cluster);
    expect(graph.edges.find((e) => e.kind === 'endpoint')).toMatchObject({
      target: 'pod/default/a',
      ready: false,
    });
    expect(graph.nodes.find((n) => n.id === 'service/default/web')?.status).toBe('warning');
    expect(graph.nodes.find((n) => n.id === 'pod/default/a')).toMatchObject({
      status: 'warning',
      details: ['10.244.1.2', 'NotReady'],
    });
  });

  it('draws one edge per pod even when user-written Endpoints list it in two subsets', () => {
    const text = `${serviceYaml('db', 'ports:\n- {name: a, port: 1}\n- {name: b, port: 2}')}${podYaml('p', { ip: '10.244.1.2' })}---
apiVersion: v1
kind: Endpoints
metadata: {name: db}
subsets:
- addresses: [{ip: 10.244.1.2, targetRef: {kind: Pod, name: p}}]
  ports: [{name: a, port: 1}]
- addresses: [{ip: 10.244.1.2, targetRef: {kind: Pod, name: p}}]
  ports: [{name: b, port: 2}]
`;
    const graph = buildGraph(buildCluster(text));
    expect(edgesOf(graph, 'endpoint')).toEqual(['endpoints/default/db -> pod/default/p']);
  });

  it('draws a LoadBalancer between the client and its Service', () => {
    const graph = buildGraph(buildCluster(serviceYaml('web', 'type: LoadBalancer\nselector: {app: web}\nports:\n- port: 80')));
    expect(edgesOf(graph, 'reaches')).toEqual(
      expect.arrayContaining(['client/external -> loadbalancer/default/web', 'loadbalancer/default/web -> service/default/web']),
    );
    expect(graph.nodes.find((n) => n.id === 'loadbalancer/default/web')?.details[0]).toMatch(/^198\.51\.100\.\d+$/);
  });

  it('shows an ExternalName Service with its target and no client or endpoints', () => {
    const graph = buildGraph(buildCluster(serviceYaml('db', 'type: ExternalName\nexternalName: db.example.com')));
    expect(graph.nodes.find((n) => n.id === 'service/default/db')).toMatchObject({
      details: ['ExternalName', '→ db.example.com'],
      status: 'ok',
    });
    expect(graph.nodes.some((n) => n.kind === 'client' || n.kind === 'endpoints')).toBe(false);
  });
});
