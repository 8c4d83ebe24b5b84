import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import type { Cluster, ProxyMode } from '../model/types';
import { applyClusterEvent } from './events';
import { createSimulationState } from './state';
import { CLIENT, EDGE, fromPod, podOf, podOn, serviceOf, WEB, yaml } from './test-fixtures';
import { traceRequest } from './trace';
import type { TraceSource } from './types';

/** The nodes of the pods a source reaches over many requests. */
function reachedNodes(cluster: Cluster, source: TraceSource, target: string, times = 40): string[] {
  const state = createSimulationState(4);
  const nodes = new Set<string>();
  for (let i = 0; i < times; i++) {
    const outcome = traceRequest(cluster, { source, target }, state).outcome;
    nodes.add(outcome.type === 'delivered' ? outcome.nodeName : outcome.type);
  }
  return [...nodes].sort();
}

const LOCAL = `
apiVersion: v1
kind: Service
metadata: {name: edge-internal}
spec:
  internalTrafficPolicy: Local
  selector: {app: edge}
  ports: [{name: http, port: 80, targetPort: http}]`;

const ZONAL = `
apiVersion: v1
kind: Service
metadata: {name: zonal}
spec:
  trafficDistribution: PreferSameZone
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]`;

describe('internalTrafficPolicy: Local', () => {
  it.each(['iptables', 'ipvs', 'nftables'] as const)('keeps traffic on the caller’s node, and drops it where no local endpoint runs (%s)', (mode: ProxyMode) => {
    const cluster = buildCluster(yaml(EDGE, CLIENT, LOCAL), { proxyMode: mode });
    const local = podOn(cluster, 'edge', 'node1');
    expect(reachedNodes(cluster, fromPod(local), 'edge-internal')).toEqual(['node1']);
    const far = traceRequest(cluster, { source: fromPod(podOf(cluster, 'client')), target: 'edge-internal' });
    expect(far.outcome).toMatchObject({ type: mode === 'ipvs' ? 'refused' : 'dropped', reason: expect.stringContaining('has no local endpoints') });
  });

  it('writes the DROP as a filter rule of KUBE-SERVICES in iptables mode', () => {
    const cluster = buildCluster(yaml(EDGE, CLIENT, LOCAL));
    const trace = traceRequest(cluster, { source: fromPod(podOf(cluster, 'client')), target: 'edge-internal' });
    const drop = trace.hops[trace.hops.length - 1];
    expect(drop?.rule).toMatchObject({ table: 'filter', chain: 'KUBE-SERVICES' });
    expect(drop?.rule?.text).toMatch(/"default\/edge-internal:http has no local endpoints" .*-j DROP$/);
  });
});

describe('trafficDistribution: PreferSameZone', () => {
  const cluster = buildCluster(yaml(WEB, ZONAL));

  it('hints every endpoint for its zone', () => {
    const hints = cluster.endpointSlices.filter((s) => s.serviceName === 'zonal').flatMap((s) => s.endpoints.map((e) => `${e.nodeName}:${e.hints?.forZones.join(',')}`));
    expect(hints.sort()).toEqual(['node1:zone-a', 'node2:zone-b', 'node3:zone-c']);
  });

  it.each(['iptables', 'ipvs', 'nftables'] as const)('sends each zone’s traffic to that zone’s endpoint (%s)', (mode) => {
    const c = buildCluster(yaml(WEB, ZONAL), { proxyMode: mode });
    const ip = `${serviceOf(c, 'zonal').clusterIP}:80`;
    expect(reachedNodes(c, { type: 'node', name: 'node2' }, ip)).toEqual(['node2']);
    expect(reachedNodes(c, { type: 'node', name: 'node3' }, ip)).toEqual(['node3']);
    // The control plane is in zone-a, like node1.
    expect(reachedNodes(c, { type: 'node', name: 'control-plane' }, ip)).toEqual(['node1']);
    expect(reachedNodes(c, fromPod(podOn(c, 'web', 'node2')), 'zonal')).toEqual(['node2']);
  });

  it('ignores the hints of a zone whose endpoint is not ready: its traffic goes everywhere', () => {
    const unready = applyClusterEvent(cluster, { type: 'pod-ready', namespace: 'default', name: podOn(cluster, 'web', 'node3').meta.name, ready: false });
    if (!unready.ok) throw new Error(unready.reason);
    const ip = `${serviceOf(unready.cluster, 'zonal').clusterIP}:80`;
    expect(reachedNodes(unready.cluster, { type: 'node', name: 'node3' }, ip)).toEqual(['node1', 'node2']);
    expect(reachedNodes(unready.cluster, { type: 'node', name: 'node2' }, ip)).toEqual(['node2']);
  });

  it('yields to internalTrafficPolicy Local', () => {
    const both = buildCluster(yaml(WEB, ZONAL.replace('trafficDistribution: PreferSameZone', 'trafficDistribution: PreferSameZone\n  internalTrafficPolicy: Local')));
    const ip = `${serviceOf(both, 'zonal').clusterIP}:80`;
    expect(reachedNodes(both, { type: 'node', name: 'node2' }, ip)).toEqual(['node2']);
    expect(reachedNodes(both, { type: 'node', name: 'control-plane' }, ip)).toEqual(['dropped']);
  });
});

/** A dump: two pods being deleted (still Ready, so serving and terminating), one never ready, and a client. */
const TERMINATING = `
apiVersion: v1
kind: Pod
metadata: {name: old-1, labels: {app: old}, deletionTimestamp: "2024-05-01T10:00:00Z"}
spec: {nodeName: node1, containers: [{name: app, image: app, ports: [{containerPort: 8080}]}]}
status: {phase: Running, podIP: 10.244.1.50, conditions: [{type: Ready, status: "True"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: old-2, labels: {app: old}, deletionTimestamp: "2024-05-01T10:00:00Z"}
spec: {nodeName: node2, containers: [{name: app, image: app, ports: [{containerPort: 8080}]}]}
status: {phase: Running, podIP: 10.244.2.50, conditions: [{type: Ready, status: "True"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: starting, labels: {app: old}}
spec: {nodeName: node3, containers: [{name: app, image: app, ports: [{containerPort: 8080}]}]}
status: {phase: Running, podIP: 10.244.3.50, conditions: [{type: Ready, status: "False"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: client, labels: {app: client}}
spec: {nodeName: node3, containers: [{name: c, image: busybox}]}
status: {phase: Running, podIP: 10.244.3.60, conditions: [{type: Ready, status: "True"}]}
---
apiVersion: v1
kind: Service
metadata: {name: old}
spec:
  selector: {app: old}
  ports: [{port: 80, targetPort: 8080}]`;

describe('terminating endpoints', () => {
  const client = { type: 'pod', namespace: 'default', name: 'client' } as const;

  it('are used, serving and terminating, when no endpoint is ready', () => {
    const cluster = buildCluster(TERMINATING);
    const conditions = cluster.endpointSlices.filter((s) => s.serviceName === 'old').flatMap((s) => s.endpoints.map((e) => [e.addresses[0], e.conditions]));
    expect(conditions).toContainEqual(['10.244.1.50', { ready: false, serving: true, terminating: true }]);
    expect(reachedNodes(cluster, client, 'old')).toEqual(['node1', 'node2']);
  });

  it('are not used once an endpoint is ready', () => {
    const cluster = buildCluster(TERMINATING.replace('conditions: [{type: Ready, status: "False"}]', 'conditions: [{type: Ready, status: "True"}]'));
    expect(reachedNodes(cluster, client, 'old')).toEqual(['node3']);
  });
});
