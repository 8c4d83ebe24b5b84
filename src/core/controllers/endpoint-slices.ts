import { generatedMeta } from '../model/read/meta';
import { safeSuffix } from '../util/hash';
import type { EndpointPort, EndpointSlice, Node, Pod, Service, SliceEndpoint } from '../model/types';
import { findPort } from './find-port';
import { compareIPs, endpointHostname, isManagedService, selectedPods } from './selection';

export const MAX_ENDPOINTS_PER_SLICE = 100;

/**
 * The EndpointSlice controller: every selected pod (terminating ones kept, flagged), conditions
 * ready = publishNotReadyAddresses || (podReady && !terminating), serving = podReady, terminating =
 * deletionTimestamp set; pods grouped into slices by identical resolved port lists, at most 100 a slice;
 * zone from the node; hints written for trafficDistribution (each ready endpoint hinted for its own zone,
 * and with PreferSameNode for its own node).
 */
export function buildEndpointSlices(service: Service, pods: readonly Pod[], nodes: readonly Node[], seed: number): EndpointSlice[] {
  if (!isManagedService(service)) return [];
  const zones = new Map(nodes.map((n) => [n.name, n.zone]));
  const distribution = normalizeDistribution(service.trafficDistribution);
  const groups = new Map<string, { ports: EndpointPort[]; endpoints: SliceEndpoint[] }>();
  for (const pod of selectedPods(service, pods)) {
    const ports: EndpointPort[] = [];
    for (const sp of service.ports) {
      const port = findPort(pod, sp);
      if (port !== undefined) ports.push({ name: sp.name, port, protocol: sp.protocol, ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    // A pod that resolves none of the ports is still an endpoint, in a slice whose port list is empty
    // (the reconciler groups by PortMapKey and inserts every pod with an address).
    const key = ports.map((p) => `${p.name}/${p.protocol}/${p.port}`).join(',');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { ports, endpoints: [] }));
    const ready = service.publishNotReadyAddresses || (pod.ready && !pod.terminating);
    const zone = pod.nodeName ? zones.get(pod.nodeName) : undefined;
    const hostname = endpointHostname(pod, service);
    const hinted = distribution !== undefined && ready && zone !== undefined;
    group.endpoints.push({
      addresses: [pod.ip ?? ''],
      conditions: { ready, serving: pod.ready, terminating: pod.terminating },
      ...(pod.nodeName ? { nodeName: pod.nodeName } : {}),
      ...(zone ? { zone } : {}),
      ...(hostname ? { hostname } : {}),
      targetRef: { kind: 'Pod', namespace: pod.meta.namespace, name: pod.meta.name },
      ...(hinted
        ? { hints: { forZones: [zone], forNodes: distribution === 'PreferSameNode' && pod.nodeName ? [pod.nodeName] : [] } }
        : {}),
    });
  }
  const slices: EndpointSlice[] = [];
  for (const group of groups.values()) {
    const endpoints = group.endpoints.sort((a, b) => compareIPs(a.addresses[0] ?? '', b.addresses[0] ?? ''));
    for (let start = 0; start < endpoints.length; start += MAX_ENDPOINTS_PER_SLICE)
      slices.push(slice(service, group.ports, endpoints.slice(start, start + MAX_ENDPOINTS_PER_SLICE), seed, slices.length));
  }
  // A Service with no matching pods still gets one empty placeholder slice, as the controller writes.
  if (slices.length === 0) slices.push(slice(service, [], [], seed, 0));
  return slices;
}

function normalizeDistribution(value: string | undefined): 'PreferSameZone' | 'PreferSameNode' | undefined {
  if (value === 'PreferClose' || value === 'PreferSameZone') return 'PreferSameZone';
  if (value === 'PreferSameNode') return 'PreferSameNode';
  return undefined;
}

function slice(service: Service, ports: EndpointPort[], endpoints: SliceEndpoint[], seed: number, index: number): EndpointSlice {
  const name = `${service.meta.name}-${safeSuffix(seed, 5, service.meta.namespace, service.meta.name, 'slice', index)}`;
  const labels = {
    'kubernetes.io/service-name': service.meta.name,
    'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
  };
  return {
    meta: generatedMeta(name, service.meta.namespace, labels, service.meta.source.order, service.meta.system),
    serviceName: service.meta.name,
    addressType: 'IPv4',
    ports,
    endpoints,
    managed: true,
  };
}
