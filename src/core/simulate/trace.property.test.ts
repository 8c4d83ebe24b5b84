import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import type { Cluster, ProxyMode } from '../model/types';
import { createSimulationState } from './state';
import { CLIENT, EDGE, endpointIPs, fromPod, ODD, serviceOf, unknownRuleRefs, WEB, yaml } from './test-fixtures';
import { traceRequest } from './trace';
import type { Trace, TraceRequest, TraceSource } from './types';

const INGRESS = `
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}
      - {path: /edge, pathType: Prefix, backend: {service: {name: edge-cluster, port: {number: 80}}}}
      - {path: /none, pathType: Prefix, backend: {service: {name: empty, port: {number: 80}}}}`;

const TEXT = yaml(WEB, EDGE, ODD, CLIENT, INGRESS);
const MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];
const clusters = new Map(MODES.map((mode) => [mode, buildCluster(TEXT, { proxyMode: mode })] as const));

function clusterFor(mode: ProxyMode): Cluster {
  const cluster = clusters.get(mode);
  if (!cluster) throw new Error(mode);
  return cluster;
}

/** Everything a user can point at in this cluster, and a few things that are not there. */
function targetsOf(cluster: Cluster): string[] {
  const targets = ['web', 'web.default', 'web.default.svc.cluster.local:80', 'empty', 'web-headless', 'ext', 'data', 'data.prod', 'legacy-db', 'kubernetes', 'kube-dns.kube-system:53', 'nope', '10.96.0.99:80', '10.244.9.9:80', '8.8.8.8:53'];
  for (const svc of cluster.services) {
    if (svc.clusterIP && svc.clusterIP !== 'None') for (const p of svc.ports) targets.push(`${svc.clusterIP}:${p.port}`, `${svc.clusterIP}:${p.port + 1}`);
    for (const ip of [...svc.loadBalancerIngressIPs, ...svc.externalIPs]) for (const p of svc.ports) targets.push(`${ip}:${p.port}`);
    for (const node of cluster.nodes) for (const p of svc.ports) if (p.nodePort) targets.push(`${node.internalIP}:${p.nodePort}`);
  }
  for (const pod of cluster.pods) if (pod.ip) targets.push(`${pod.ip}:8080`);
  targets.push('http://shop.example.com/', 'http://shop.example.com/edge/x', 'http://shop.example.com/none', 'http://other.example.com/', 'https://shop.example.com/');
  return targets;
}

function sourcesOf(cluster: Cluster): TraceSource[] {
  return [
    ...cluster.pods.filter((p) => p.ip).map(fromPod),
    ...cluster.nodes.map((n) => ({ type: 'node', name: n.name }) as const),
    { type: 'external' },
    { type: 'external', ip: '198.18.7.7' },
  ];
}

const requestArb = fc
  .constantFrom(...MODES)
  .chain((mode) => {
    const cluster = clusterFor(mode);
    return fc.record({
      mode: fc.constant(mode),
      source: fc.constantFrom(...sourcesOf(cluster)),
      target: fc.constantFrom(...targetsOf(cluster)),
      seed: fc.nat(),
      viaNode: fc.option(fc.constantFrom(...cluster.nodes.map((n) => n.name)), { nil: undefined }),
      protocol: fc.option(fc.constantFrom('TCP' as const, 'UDP' as const), { nil: undefined }),
    });
  });

function request(r: { source: TraceSource; target: string; viaNode: string | undefined; protocol: 'TCP' | 'UDP' | undefined }): TraceRequest {
  return { source: r.source, target: r.target, ...(r.viaNode ? { viaNode: r.viaNode } : {}), ...(r.protocol ? { protocol: r.protocol } : {}) };
}

/** Where a trace may end: a pod the Service it went through lists, or a named reason. */
function endingProblem(cluster: Cluster, trace: Trace): string | undefined {
  const o = trace.outcome;
  switch (o.type) {
    case 'delivered': {
      const pod = cluster.pods.find((p) => p.meta.namespace === o.podNamespace && p.meta.name === o.podName);
      if (!pod || pod.ip !== o.podIP) return `delivered to ${o.podName}, not a pod with IP ${o.podIP}`;
      const translated = trace.hops.some((h) => !h.reply && h.before.dst !== h.after.dst && h.kind !== 'dns' && h.kind !== 'ingress');
      if (translated && !trace.service) return `DNATed to ${o.podIP} without naming the Service`;
      if (trace.service) {
        const svc = serviceOf(cluster, trace.service.name, trace.service.namespace);
        if (!endpointIPs(cluster, svc).includes(o.podIP)) return `${o.podIP} is no endpoint of ${trace.service.namespace}/${trace.service.name}`;
      }
      return trace.hops.some((h) => h.kind === 'deliver') ? undefined : 'no deliver hop';
    }
    case 'nxdomain':
    case 'cname':
    case 'refused':
    case 'dropped':
    case 'timeout':
    case 'http-404':
    case 'http-status':
    case 'delivered-outside':
    case 'delivered-host':
      return o.reason.trim() === '' ? `${o.type} without a reason` : undefined;
  }
}

describe('traces, for any request in any proxy mode', () => {
  it('end at an endpoint pod of the Service they went through, or at a named reason', () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        const cluster = clusterFor(r.mode);
        const trace = traceRequest(cluster, request(r), createSimulationState(r.seed));
        expect(endingProblem(cluster, trace)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('name only rules the nodes have, move forward in time, and go back the way they came', () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        const cluster = clusterFor(r.mode);
        const trace = traceRequest(cluster, request(r), createSimulationState(r.seed));
        expect(unknownRuleRefs(cluster, trace)).toEqual([]);
        const times = trace.hops.map((h) => h.timeMs);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        if (trace.outcome.type === 'delivered') {
          const first = trace.hops.find((h) => h.kind === 'send');
          const last = trace.hops[trace.hops.length - 1];
          expect(last?.reply).toBe(true);
          // The client gets the reply from the address it called, to the port it called from.
          expect(last?.after).toEqual({ src: first?.before.dst, dst: first?.before.src });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are the same for the same cluster, seed and requests', () => {
    fc.assert(
      fc.property(fc.array(requestArb, { minLength: 1, maxLength: 12 }), fc.nat(), (requests, seed) => {
        const run = (): Trace[] => {
          const state = createSimulationState(seed);
          return requests.map((r, i) => {
            state.nowMs = i * 250;
            return traceRequest(clusterFor(r.mode), request(r), state);
          });
        };
        expect(run()).toEqual(run());
      }),
      { numRuns: 60 },
    );
  });

  it('are the same when the same text is built again with the same seed', () => {
    const again = buildCluster(TEXT, { proxyMode: 'iptables' });
    const first = clusterFor('iptables');
    const requests = sourcesOf(first).flatMap((source, i) => targetsOf(first).filter((_, j) => (i + j) % 7 === 0).map((target) => ({ source, target })));
    const run = (cluster: Cluster): Trace[] => {
      const state = createSimulationState(42);
      return requests.map((r, i) => {
        state.nowMs = i * 100;
        return traceRequest(cluster, r, state);
      });
    };
    expect(requests.length).toBeGreaterThan(50);
    expect(run(again)).toEqual(run(first));
  });

  it('never throw, whatever the target and the source', () => {
    const cluster = clusterFor('iptables');
    const source = fc.oneof(
      fc.record({ type: fc.constant('pod' as const), namespace: fc.string(), name: fc.string() }),
      fc.record({ type: fc.constant('node' as const), name: fc.oneof(fc.string(), fc.constantFrom('node1', 'control-plane')) }),
      fc.record({ type: fc.constant('external' as const), ip: fc.oneof(fc.string(), fc.ipV4()) }),
      fc.constantFrom(...sourcesOf(cluster)),
    );
    const target = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'abc.:/-_0123456789 '.split('')) }),
      fc.tuple(fc.ipV4(), fc.integer({ min: -5, max: 70000 })).map(([ip, port]) => `${ip}:${port}`),
      fc.webUrl(),
      fc.constantFrom(...targetsOf(cluster)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...MODES), source, target, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), (mode, src, tgt, port) => {
        const trace = traceRequest(clusterFor(mode), { source: src, target: tgt, ...(port !== undefined ? { port } : {}) });
        expect(trace.outcome.type).toBeTypeOf('string');
      }),
      { numRuns: 500 },
    );
  });
});
