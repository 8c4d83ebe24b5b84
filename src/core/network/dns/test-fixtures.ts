/**
 * Hand-built Cluster objects for the network tests (dns, env, ingress), shaped as buildCluster makes them,
 * so each test states only what it is about.
 */
import { DEFAULT_SETTINGS } from '../../model/settings';
import type {
  Cluster,
  EndpointPort,
  EndpointSlice,
  Ingress,
  IngressBackend,
  IngressClass,
  ObjectMeta,
  Pod,
  PodSpecSummary,
  Service,
  ServicePort,
  Workload,
} from '../../model/types';

export function meta(namespace: string, name: string, order = 0, extra: Partial<ObjectMeta> = {}): ObjectMeta {
  return { name, namespace, uid: `${namespace}-${name}`, labels: {}, annotations: {}, source: { order }, system: false, ...extra };
}

export function port(name: string, portNumber: number, protocol: ServicePort['protocol'] = 'TCP', targetPort: number | string = portNumber): ServicePort {
  return { name, protocol, port: portNumber, targetPort, nodePort: 0 };
}

export function service(namespace: string, name: string, fields: Partial<Service> & { order?: number } = {}): Service {
  const { order = 0, ...rest } = fields;
  return {
    meta: meta(namespace, name, order),
    type: 'ClusterIP',
    clusterIP: '10.96.0.100',
    ports: [port('', 80)],
    selector: { app: name },
    sessionAffinity: 'None',
    sessionAffinityTimeoutSeconds: 10800,
    healthCheckNodePort: 0,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    loadBalancerIngressIPs: [],
    allocateLoadBalancerNodePorts: true,
    publishNotReadyAddresses: false,
    ...rest,
  };
}

export interface PodOptions extends Partial<PodSpecSummary> {
  readonly ip?: string;
  readonly ready?: boolean;
  readonly order?: number;
  readonly workload?: { kind: string; name: string };
  readonly fromManifest?: boolean;
}

export function pod(namespace: string, name: string, o: PodOptions = {}): Pod {
  const { ip, ready = true, order = 0, workload, fromManifest = workload === undefined, ...spec } = o;
  return {
    meta: meta(namespace, name, order),
    spec: { containers: [], nodeSelector: {}, hostNetwork: false, enableServiceLinks: true, dnsPolicy: 'ClusterFirst', ...spec },
    phase: 'Running',
    ready,
    terminating: false,
    fromManifest,
    ...(ip ? { ip } : {}),
    ...(workload ? { workload } : {}),
  };
}

export function workload(namespace: string, name: string, kind: Workload['kind'], order: number): Workload {
  return {
    meta: meta(namespace, name, order),
    kind,
    replicas: 1,
    selector: { matchLabels: { app: name }, matchExpressions: [] },
    template: { labels: { app: name }, annotations: {}, spec: pod(namespace, name).spec },
  };
}

export interface SliceEndpointInput {
  readonly ip: string;
  readonly ready?: boolean;
  readonly hostname?: string;
  readonly pod?: string;
}

export function slice(svc: Service, endpoints: readonly SliceEndpointInput[], ports: readonly EndpointPort[] = []): EndpointSlice {
  const ns = svc.meta.namespace;
  return {
    meta: meta(ns, `${svc.meta.name}-abc12`),
    serviceName: svc.meta.name,
    addressType: 'IPv4',
    ports,
    managed: true,
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: { ready: e.ready ?? true, serving: e.ready ?? true, terminating: false },
      ...(e.hostname ? { hostname: e.hostname } : {}),
      ...(e.pod ? { targetRef: { kind: 'Pod', namespace: ns, name: e.pod } } : {}),
    })),
  };
}

export function backend(serviceName: string, p: number | string): IngressBackend {
  return { type: 'service', serviceName, port: typeof p === 'number' ? { number: p } : { name: p } };
}

export function ingress(namespace: string, name: string, fields: Partial<Ingress> & { order?: number } = {}): Ingress {
  const { order = 0, ...rest } = fields;
  return { meta: meta(namespace, name, order), rules: [], tls: [], className: 'nginx', ...rest };
}

export function ingressClass(name: string, controller = 'k8s.io/ingress-nginx', isDefault = false): IngressClass {
  return { meta: meta('', name), controller, isDefault };
}

export const KUBERNETES_SERVICE: Service = {
  ...service('default', 'kubernetes', { clusterIP: '10.96.0.1', ports: [port('https', 443, 'TCP', 6443)], selector: undefined }),
  meta: meta('default', 'kubernetes', -1, { system: true }),
};

export const KUBE_DNS_SERVICE: Service = {
  ...service('kube-system', 'kube-dns', {
    clusterIP: '10.96.0.10',
    ports: [port('dns', 53, 'UDP'), port('dns-tcp', 53, 'TCP'), port('metrics', 9153, 'TCP')],
  }),
  meta: meta('kube-system', 'kube-dns', -1, { system: true }),
};

/** A cluster with the kubeadm system Services and whatever the test adds. */
export function cluster(parts: Partial<Cluster> = {}): Cluster {
  const services = [KUBERNETES_SERVICE, KUBE_DNS_SERVICE, ...(parts.services ?? [])];
  const namespaces = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease', ...(parts.namespaces ?? [])]);
  for (const o of [...services, ...(parts.pods ?? [])]) namespaces.add(o.meta.namespace);
  return {
    settings: DEFAULT_SETTINGS,
    nodes: [],
    workloads: [],
    pods: [],
    endpoints: [],
    endpointSlices: [],
    ingresses: [],
    ingressClasses: [],
    others: [],
    dnsServiceIP: '10.96.0.10',
    diagnostics: [],
    ...parts,
    services,
    namespaces: [...namespaces].sort(),
  };
}
