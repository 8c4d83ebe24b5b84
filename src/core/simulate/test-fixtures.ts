/**
 * Manifests and small helpers for this folder's tests. Everything goes through buildCluster with real
 * YAML, so the tests exercise the same path as the app: text → cluster → kube-proxy rules → traces.
 */
import { findNftRule } from '../network/proxy/index';
import { buildIpvs } from '../network/proxy/ipvs';
import { buildIptables } from '../network/proxy/iptables-rules';
import { buildNftables } from '../network/proxy/nftables';
import type { Cluster, Pod, Service } from '../model/types';
import type { Hop, Outcome, Trace, TraceSource } from './types';

/** web: 3 replicas (one per worker), named container port http/8080, behind a ClusterIP Service on 80. */
export const WEB = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
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
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
`;

/** A client Deployment (one pod) pinned to node3, to call Services from. */
export const CLIENT = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: client}
spec:
  replicas: 1
  selector: {matchLabels: {app: client}}
  template:
    metadata: {labels: {app: client}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node3}
      containers: [{name: curl, image: curlimages/curl}]
`;

/** Two pods of `edge`, both on node1, behind a NodePort, a LoadBalancer (both Local) and a firewalled LB with an externalIP. */
export const EDGE = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: edge}
spec:
  replicas: 2
  selector: {matchLabels: {app: edge}}
  template:
    metadata: {labels: {app: edge}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node1}
      containers: [{name: edge, image: nginx, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Service
metadata: {name: edge-cluster}
spec:
  type: NodePort
  selector: {app: edge}
  ports: [{name: http, port: 80, targetPort: http, nodePort: 30081}]
---
apiVersion: v1
kind: Service
metadata: {name: edge-local}
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector: {app: edge}
  ports: [{name: http, port: 80, targetPort: http, nodePort: 30080}]
---
apiVersion: v1
kind: Service
metadata: {name: edge-lb}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app: edge}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: edge-fw}
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: [198.18.0.0/15]
  externalIPs: [192.0.2.50]
  selector: {app: edge}
  ports: [{name: http, port: 8081, targetPort: http}]
`;

/** Names that do not lead to a pod: no endpoints, headless, ExternalName, another namespace, manual Endpoints. */
export const ODD = `
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
metadata: {name: web-headless}
spec:
  clusterIP: None
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: ext}
spec:
  type: ExternalName
  externalName: api.example.com
---
apiVersion: v1
kind: Namespace
metadata: {name: prod}
---
apiVersion: v1
kind: Service
metadata: {name: data, namespace: prod}
spec:
  selector: {app: data}
  ports: [{port: 5432}]
---
apiVersion: v1
kind: Service
metadata: {name: legacy-db}
spec:
  ports: [{port: 5432}]
---
apiVersion: v1
kind: Endpoints
metadata: {name: legacy-db}
subsets:
- addresses: [{ip: 192.0.2.44}]
  ports: [{port: 5432}]
`;

export function yaml(...parts: readonly string[]): string {
  return parts.join('\n---\n');
}

export function podsOf(cluster: Cluster, prefix: string, namespace = 'default'): Pod[] {
  return cluster.pods.filter((p) => p.meta.namespace === namespace && p.meta.name.startsWith(`${prefix}-`));
}

export function podOf(cluster: Cluster, prefix: string, namespace = 'default'): Pod {
  const pod = podsOf(cluster, prefix, namespace)[0];
  if (!pod) throw new Error(`no pod ${namespace}/${prefix}-…`);
  return pod;
}

export function podOn(cluster: Cluster, prefix: string, nodeName: string): Pod {
  const pod = podsOf(cluster, prefix).find((p) => p.nodeName === nodeName);
  if (!pod) throw new Error(`no pod ${prefix}-… on ${nodeName}`);
  return pod;
}

export function fromPod(pod: Pod): TraceSource {
  return { type: 'pod', namespace: pod.meta.namespace, name: pod.meta.name };
}

export function serviceOf(cluster: Cluster, name: string, namespace = 'default'): Service {
  const svc = cluster.services.find((s) => s.meta.namespace === namespace && s.meta.name === name);
  if (!svc) throw new Error(`no Service ${namespace}/${name}`);
  return svc;
}

export function nodeIP(cluster: Cluster, name: string): string {
  const node = cluster.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no node ${name}`);
  return node.internalIP;
}

/** The pod IPs a Service's EndpointSlices list (any condition). */
export function endpointIPs(cluster: Cluster, svc: Service): string[] {
  return cluster.endpointSlices
    .filter((s) => s.meta.namespace === svc.meta.namespace && s.serviceName === svc.meta.name)
    .flatMap((s) => s.endpoints.flatMap((e) => e.addresses));
}

export function podName(outcome: Outcome): string | undefined {
  return outcome.type === 'delivered' ? outcome.podName : undefined;
}

export function requestHops(trace: Trace): readonly Hop[] {
  return trace.hops.filter((h) => !h.reply);
}

export function replyHopsOf(trace: Trace): readonly Hop[] {
  return trace.hops.filter((h) => h.reply === true);
}

export function rulesOf(trace: Trace, source: 'iptables' | 'ipvs' | 'nftables'): Hop[] {
  return trace.hops.filter((h) => h.rule?.source === source && h.rule.table !== 'conntrack');
}

/**
 * Every iptables, nftables and IPVS hop points at a rule the node's own table has, with the same text:
 * iptables by id and `saved` text, nftables by id and listed text, IPVS by virtual-server id.
 */
const tables = new WeakMap<Cluster, Map<string, unknown>>();
function cached<T>(cluster: Cluster, key: string, build: () => T): T {
  let perCluster = tables.get(cluster);
  if (!perCluster) tables.set(cluster, (perCluster = new Map()));
  if (!perCluster.has(key)) perCluster.set(key, build());
  return perCluster.get(key) as T;
}

export function unknownRuleRefs(cluster: Cluster, trace: Trace): string[] {
  const problems: string[] = [];
  for (const hop of trace.hops) {
    const rule = hop.rule;
    if (!rule || rule.table === 'conntrack' || rule.node === undefined) continue;
    if (rule.source === 'iptables' && cluster.settings.proxyMode === 'iptables') {
      const node = rule.node;
      const byId = cached(cluster, `iptables/${node}`, () => new Map(buildIptables(cluster, node).tables.flatMap((t) => t.chains.flatMap((c) => c.rules.map((r) => [r.id, r] as const)))));
      const found = rule.id === undefined ? undefined : byId.get(rule.id);
      if (!found) problems.push(`no iptables rule ${rule.id ?? '(no id)'} on ${rule.node}`);
      else if (found.saved !== rule.text) problems.push(`${rule.id}: "${rule.text}" is not "${found.saved}"`);
    } else if (rule.source === 'nftables') {
      const node = rule.node;
      const table = cached(cluster, `nft/${node}`, () => buildNftables(cluster, node));
      const found = rule.id === undefined ? undefined : findNftRule(table, rule.id);
      if (!found) problems.push(`no nftables rule ${rule.id ?? '(no id)'} on ${rule.node}`);
      else if (found.text !== rule.text) problems.push(`${rule.id}: "${rule.text}" is not "${found.text}"`);
    } else if (rule.source === 'ipvs') {
      const node = rule.node;
      const found = cached(cluster, `ipvs/${node}`, () => buildIpvs(cluster, node)).virtualServers.some((vs) => vs.id === rule.id);
      if (!found) problems.push(`no IPVS virtual server ${rule.id ?? '(no id)'} on ${rule.node}`);
    }
  }
  return problems;
}
