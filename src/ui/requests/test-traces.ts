/**
 * Test support only (the page never imports it: it pulls in the core). Real manifests through the real
 * core, so the UI's tests read the traces and graphs the worker sends.
 */
import { buildCluster, buildGraph, createSimulationState, traceRequest, type ClusterGraph, type Trace, type TraceSource } from '../../core';
import { findExample } from '../../examples';

export const MYAPP = findExample('myapp-clusterip')?.manifests ?? '';
export const NGINX_NODEPORT = findExample('nginx-nodeport')?.manifests ?? '';

/** nginx behind a NodePort with externalTrafficPolicy: Local and one replica. */
export const LOCAL_NODEPORT = NGINX_NODEPORT.replace('replicas: 2', 'replicas: 1').replace(
  '    nodePort: 32143',
  '    nodePort: 32143\n  externalTrafficPolicy: Local',
);

/** A LoadBalancer Service, a ClusterIP one and an Ingress in front of it (ingress-nginx is installed for it). */
export const EDGE = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: LoadBalancer
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: web-internal}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  ingressClassName: nginx
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /api
        pathType: Prefix
        backend: {service: {name: web-internal, port: {number: 80}}}
`;

export interface Scenario {
  readonly graph: ClusterGraph;
  trace(source: TraceSource, target: string, seed?: number): Trace;
}

export function scenario(text: string, settings: Parameters<typeof buildCluster>[1] = {}): Scenario {
  const cluster = buildCluster(text, settings);
  return {
    graph: buildGraph(cluster),
    trace: (source, target, seed = 1) => traceRequest(cluster, { source, target }, createSimulationState(seed)),
  };
}

export function firstPod(graph: ClusterGraph, prefix: string): { namespace: string; name: string; id: string } {
  const pod = graph.nodes.find((n) => n.kind === 'pod' && n.label.startsWith(prefix));
  if (!pod) throw new Error(`no pod ${prefix}`);
  return { namespace: pod.namespace, name: pod.label, id: pod.id };
}
