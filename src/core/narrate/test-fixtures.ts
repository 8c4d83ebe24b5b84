/**
 * Clusters and traces for this folder's tests, through buildCluster and traceRequest with real YAML, so
 * narration is tested on the traces the app shows.
 */
import { buildCluster } from '../model/build-cluster';
import type { Cluster, ClusterSettings } from '../model/types';
import { createSimulationState, type SimulationState } from '../simulate/state';
import { traceRequest } from '../simulate/trace';
import { WEB } from '../simulate/test-fixtures';
import type { Trace, TraceRequest, TraceSource } from '../simulate/types';

/**
 * web (the simulate folder's WEB: 3 pods behind a ClusterIP); a client pod; Services that fail in each way kube-proxy fails; manual
 * Endpoints outside the cluster; an Ingress with a route, a route to a Service without endpoints and a TLS host.
 */
export const CLUSTER = `${WEB.trim()}
---
apiVersion: v1
kind: Pod
metadata: {name: client, labels: {app: client}}
spec:
  nodeName: node3
  containers: [{name: curl, image: curlimages/curl}]
---
apiVersion: v1
kind: Service
metadata: {name: empty}
spec:
  type: NodePort
  selector: {app: nothing}
  ports: [{port: 80, nodePort: 30999}]
---
apiVersion: v1
kind: Service
metadata: {name: ext}
spec:
  type: ExternalName
  externalName: api.example.com
---
apiVersion: v1
kind: Service
metadata: {name: local}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app: client}
  ports: [{port: 80, nodePort: 30080}]
---
apiVersion: v1
kind: Service
metadata: {name: walled}
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: [198.18.0.0/15]
  selector: {app: web}
  ports: [{port: 8081, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: legacy}
spec:
  ports: [{port: 5432}]
---
apiVersion: v1
kind: Endpoints
metadata: {name: legacy}
subsets:
- addresses: [{ip: 192.0.2.44}]
  ports: [{port: 5432}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  tls: [{hosts: [secure.example.com]}]
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
      - {path: /empty, pathType: Prefix, backend: {service: {name: empty, port: {number: 80}}}}
  - host: secure.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
`;

export const CLIENT: TraceSource = { type: 'pod', namespace: 'default', name: 'client' };
export const OUTSIDE: TraceSource = { type: 'external' };

export function clusterOf(settings: Partial<ClusterSettings> = {}, text = CLUSTER): Cluster {
  return buildCluster(text, settings);
}

export function traceOf(cluster: Cluster, request: TraceRequest, state: SimulationState = createSimulationState(cluster.settings.seed)): Trace {
  return traceRequest(cluster, request, state);
}

export function serviceIP(cluster: Cluster, name: string): string {
  const svc = cluster.services.find((s) => s.meta.name === name);
  if (!svc) throw new Error(`no Service ${name}`);
  return svc.clusterIP;
}

export function lbIP(cluster: Cluster, name: string): string {
  const ip = cluster.services.find((s) => s.meta.name === name)?.loadBalancerIngressIPs[0];
  if (ip === undefined) throw new Error(`no load balancer IP for ${name}`);
  return ip;
}

export function nodeIP(cluster: Cluster, name: string): string {
  const node = cluster.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no node ${name}`);
  return node.internalIP;
}

/**
 * Traces that together take every hop kind the engine produces, every outcome and every rule source, in
 * each kube-proxy mode: what the coverage tests below narrate.
 */
export function coverageTraces(): readonly Trace[] {
  const traces: Trace[] = [];
  for (const proxyMode of ['iptables', 'ipvs', 'nftables'] as const) {
    const cluster = clusterOf({ proxyMode });
    const calls: readonly TraceRequest[] = [
      { source: CLIENT, target: 'web' },
      { source: CLIENT, target: 'empty' },
      { source: CLIENT, target: `${serviceIP(cluster, 'web')}:81` },
      { source: CLIENT, target: '10.96.0.99:80' },
      { source: CLIENT, target: 'ext' },
      { source: CLIENT, target: 'nope' },
      { source: CLIENT, target: 'kubernetes' },
      { source: OUTSIDE, target: `${nodeIP(cluster, 'node2')}:30080` },
      { source: OUTSIDE, target: `${nodeIP(cluster, 'node1')}:30999` },
      { source: OUTSIDE, target: `${lbIP(cluster, 'local')}:80` },
      { source: OUTSIDE, target: `${lbIP(cluster, 'walled')}:8081` },
      { source: OUTSIDE, target: `${lbIP(cluster, 'walled')}:9999` },
      { source: OUTSIDE, target: `${serviceIP(cluster, 'web')}:80` },
      { source: { type: 'node', name: 'node1' }, target: `${serviceIP(cluster, 'web')}:80` },
      { source: { type: 'pod', namespace: 'default', name: 'missing' }, target: 'web' },
      { source: CLIENT, target: 'legacy' },
      { source: OUTSIDE, target: 'http://shop.example.com/' },
      { source: OUTSIDE, target: 'http://shop.example.com/empty' },
      { source: OUTSIDE, target: 'http://nope.example.com/' },
      { source: OUTSIDE, target: 'http://secure.example.com/' },
    ];
    for (const request of calls) traces.push(traceOf(cluster, request));
  }
  return traces;
}
