/**
 * Hand-built Cluster objects for this folder's tests: a Service, its EndpointSlice and the Nodes,
 * written the way buildCluster leaves them (defaults applied, IPs allocated).
 */
import { DEFAULT_SETTINGS } from '../../model/settings';
import type {
  Cluster,
  ClusterSettings,
  EndpointConditions,
  EndpointSlice,
  Node,
  ObjectMeta,
  Protocol,
  Service,
  ServicePort,
  SliceEndpoint,
} from '../../model/types';

export function meta(namespace: string, name: string, order = 0): ObjectMeta {
  return { name, namespace, uid: `${namespace}/${name}`, labels: {}, annotations: {}, source: { order }, system: false };
}

export function node(name: string, internalIP: string, zone?: string): Node {
  return {
    meta: meta('', name),
    name,
    internalIP,
    podCIDR: '',
    ...(zone === undefined ? {} : { zone }),
    ready: true,
    controlPlane: false,
    schedulable: true,
    simulated: true,
  };
}

export function port(p: Partial<ServicePort> & { port: number }): ServicePort {
  return { name: '', protocol: 'TCP', targetPort: p.port, nodePort: 0, ...p };
}

export function service(namespace: string, name: string, s: Partial<Service> & { clusterIP: string; ports: readonly ServicePort[] }): Service {
  return {
    meta: meta(namespace, name),
    type: 'ClusterIP',
    selector: {},
    sessionAffinity: 'None',
    sessionAffinityTimeoutSeconds: 10800,
    healthCheckNodePort: 0,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    loadBalancerIngressIPs: [],
    allocateLoadBalancerNodePorts: true,
    publishNotReadyAddresses: false,
    ...s,
  };
}

const READY: EndpointConditions = { ready: true, serving: true, terminating: false };
export const NOT_READY: EndpointConditions = { ready: false, serving: false, terminating: false };
export const TERMINATING_SERVING: EndpointConditions = { ready: false, serving: true, terminating: true };

export function endpoint(ip: string, nodeName?: string, extra: Partial<SliceEndpoint> = {}): SliceEndpoint {
  return { addresses: [ip], conditions: READY, ...(nodeName === undefined ? {} : { nodeName }), ...extra };
}

/** One slice for `svc`, with ports given as [name, port, protocol]. */
export function slice(
  svc: Service,
  ports: readonly (readonly [string, number, Protocol?])[],
  endpoints: readonly SliceEndpoint[],
  suffix = 'abcde',
): EndpointSlice {
  return {
    meta: meta(svc.meta.namespace, `${svc.meta.name}-${suffix}`),
    serviceName: svc.meta.name,
    addressType: 'IPv4',
    ports: ports.map(([name, p, protocol]) => ({ name, port: p, protocol: protocol ?? 'TCP' })),
    endpoints,
    managed: true,
  };
}

export function cluster(parts: {
  nodes?: readonly Node[];
  services: readonly Service[];
  slices: readonly EndpointSlice[];
  settings?: Partial<ClusterSettings>;
}): Cluster {
  return {
    settings: { ...DEFAULT_SETTINGS, ...parts.settings },
    namespaces: [],
    nodes: parts.nodes ?? [node('node-1', '192.168.0.11', 'zone-a'), node('node-2', '192.168.0.12', 'zone-b')],
    workloads: [],
    pods: [],
    services: parts.services,
    endpoints: [],
    endpointSlices: parts.slices,
    ingresses: [],
    ingressClasses: [],
    others: [],
    dnsServiceIP: '10.96.0.10',
    diagnostics: [],
  };
}
