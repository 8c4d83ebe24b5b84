import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build-graph';
import { buildCluster } from './build-cluster';
import { labelsMatch } from './read/selector';
import type { Cluster, Pod, Service } from './types';

function expectSaneGraph(cluster: Cluster): void {
  for (const includeSystem of [false, true]) {
    const graph = buildGraph(cluster, { includeSystem });
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const e of graph.edges) expect(ids.has(e.source) && ids.has(e.target), e.id).toBe(true);
  }
}

/** A small cluster drawn from a tight vocabulary, so that selectors, named ports and readiness interact. */
const LABEL = fc.constantFrom('{app: a}', '{app: b}', '{app: a, tier: x}', '{app: b, tier: y}', '{tier: x}', '{}');
const SELECTOR = fc.constantFrom('{app: a}', '{app: b}', '{app: a, tier: x}', '{tier: x}', '{}', null);
const CONTAINER_PORTS = fc.constantFrom(
  '[]',
  '[{name: http, containerPort: 8080}]',
  '[{name: http, containerPort: 9090}]',
  '[{name: http, containerPort: 8080, protocol: UDP}]',
  '[{name: http, containerPort: 8080}, {name: metrics, containerPort: 9100}]',
);
const NAMESPACE = fc.constantFrom('default', 'shop');
const workloadArb = fc.record({
  kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet'),
  ns: NAMESPACE,
  labels: LABEL,
  replicas: fc.integer({ min: 0, max: 4 }),
  ports: CONTAINER_PORTS,
  hostNetwork: fc.boolean(),
});
const podArb = fc.record({
  ns: NAMESPACE,
  labels: LABEL,
  ports: CONTAINER_PORTS,
  ready: fc.boolean(),
  phase: fc.constantFrom('Running', 'Running', 'Pending', 'Failed', 'Succeeded'),
  hasIP: fc.boolean(),
  terminating: fc.boolean(),
  node: fc.constantFrom('node1', 'node2', 'node3'),
});
const serviceArb = fc.record({
  ns: NAMESPACE,
  selector: SELECTOR,
  type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'),
  headless: fc.boolean(),
  publishNotReady: fc.boolean(),
  ports: fc.constantFrom(
    '[{port: 80}]',
    '[{port: 80, targetPort: http}]',
    '[{name: web, port: 80, targetPort: http}, {name: metrics, port: 9100, targetPort: metrics}]',
    '[{port: 53, protocol: UDP, targetPort: http}]',
  ),
});
const clusterText = fc
  .record({
    workloads: fc.array(workloadArb, { maxLength: 4 }),
    pods: fc.array(podArb, { maxLength: 6 }),
    services: fc.array(serviceArb, { maxLength: 4 }),
  })
  .map(({ workloads, pods, services }) => {
    const docs: string[] = [];
    workloads.forEach((w, i) =>
      docs.push(`apiVersion: apps/v1
kind: ${w.kind}
metadata: {name: w${i}, namespace: ${w.ns}}
spec:
  replicas: ${w.replicas}
  serviceName: s0
  selector: {matchLabels: ${w.labels}}
  template:
    metadata: {labels: ${w.labels}}
    spec:
      hostNetwork: ${w.hostNetwork}
      containers: [{name: c, image: x, ports: ${w.ports}}]
`),
    );
    pods.forEach((p, i) =>
      docs.push(`apiVersion: v1
kind: Pod
metadata:
  name: p${i}
  namespace: ${p.ns}
  labels: ${p.labels}
${p.terminating ? '  deletionTimestamp: "2024-05-01T10:00:00Z"\n' : ''}spec:
  nodeName: ${p.node}
  containers: [{name: c, image: x, ports: ${p.ports}}]
status:
  phase: ${p.phase}
${p.hasIP ? `  podIP: 10.244.1.${i + 2}\n` : ''}  conditions: [{type: Ready, status: "${p.ready ? 'True' : 'False'}"}]
`),
    );
    services.forEach((s, i) =>
      docs.push(`apiVersion: v1
kind: Service
metadata: {name: s${i}, namespace: ${s.ns}}
spec:
  type: ${s.type}
${s.type === 'ExternalName' ? '  externalName: db.example.com\n' : ''}${s.headless && s.type === 'ClusterIP' ? '  clusterIP: None\n' : ''}${s.selector === null ? '' : `  selector: ${s.selector}\n`}  publishNotReadyAddresses: ${s.publishNotReady}
  ports: ${s.ports}
`),
    );
    return docs.join('---\n');
  });

const selectedBy = (service: Service, pods: readonly Pod[]): Pod[] =>
  pods.filter((p) => service.selector !== undefined && p.meta.namespace === service.meta.namespace && labelsMatch(service.selector, p.meta.labels));

describe('cluster invariants', { timeout: 60_000 }, () => {
  it('the same text and seed give a deep-equal cluster', () => {
    fc.assert(
      fc.property(clusterText, fc.integer({ min: 0, max: 1000 }), (text, seed) => {
        expect(buildCluster(text, { seed })).toEqual(buildCluster(text, { seed }));
      }),
      { numRuns: 100 },
    );
  });

  it('every endpoint IP is the IP of a pod the Service selects, a live one with an IP, and points at it', () => {
    fc.assert(
      fc.property(clusterText, (text) => {
        const cluster = buildCluster(text);
        for (const svc of cluster.services.filter((s) => !s.meta.system && s.selector !== undefined && s.type !== 'ExternalName')) {
          const candidates = selectedBy(svc, cluster.pods).filter((p) => p.ip !== undefined && p.phase !== 'Failed' && p.phase !== 'Succeeded');
          const endpoints = cluster.endpoints.find((e) => e.meta.namespace === svc.meta.namespace && e.meta.name === svc.meta.name);
          for (const subset of endpoints?.subsets ?? [])
            for (const [address, ready] of [...subset.addresses.map((a) => [a, true] as const), ...subset.notReadyAddresses.map((a) => [a, false] as const)]) {
              const pod = candidates.find((p) => p.meta.name === address.targetRef?.name);
              expect(pod, `${svc.meta.name}: ${address.ip}`).toBeDefined();
              expect(pod?.ip).toBe(address.ip);
              expect(pod?.terminating && !svc.publishNotReadyAddresses).toBe(false);
              expect(ready).toBe(svc.publishNotReadyAddresses || pod?.ready);
            }
          const slices = cluster.endpointSlices.filter((s) => s.meta.namespace === svc.meta.namespace && s.serviceName === svc.meta.name);
          const sliceEndpoints = slices.flatMap((s) => s.endpoints);
          for (const e of sliceEndpoints) {
            const pod = candidates.find((p) => p.meta.name === e.targetRef?.name);
            expect(pod, `${svc.meta.name}: ${e.addresses.join()}`).toBeDefined();
            expect(e.addresses).toEqual([pod?.ip]);
            expect(e.conditions).toEqual({
              ready: svc.publishNotReadyAddresses || (pod?.ready === true && !pod.terminating),
              serving: pod?.ready,
              terminating: pod?.terminating,
            });
          }
          // And the other way round: every live selected pod with an IP is in exactly one slice.
          expect(sliceEndpoints.map((e) => e.targetRef?.name).sort()).toEqual(candidates.map((p) => p.meta.name).sort());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('pod IPs are unique, apart from host-network pods that share their node address', () => {
    fc.assert(
      fc.property(clusterText, (text) => {
        const cluster = buildCluster(text);
        const ips = cluster.pods.filter((p) => !p.spec.hostNetwork && p.ip !== undefined).map((p) => p.ip);
        expect(new Set(ips).size).toBe(ips.length);
      }),
      { numRuns: 200 },
    );
  });

  it('graphs of generated clusters keep unique ids and only edges between shown nodes', () => {
    fc.assert(
      fc.property(clusterText, (text) => expectSaneGraph(buildCluster(text))),
      { numRuns: 100 },
    );
  });
});
