import { generatedMeta } from '../model/read/meta';
import type { EndpointAddress, EndpointPort, Endpoints, EndpointSubset, Pod, Service } from '../model/types';
import { findPort } from './find-port';
import { compareIPs, endpointHostname, isManagedService, selectedPods } from './selection';

export const MAX_ENDPOINTS_ADDRESSES = 1000;

/**
 * The Endpoints controller: for each (pod, service port) the resolved port; ready pods (or every pod with
 * publishNotReadyAddresses) in addresses, others in notReadyAddresses; terminating pods dropped unless
 * publishNotReadyAddresses; a named port a pod lacks skips just that pair. Subsets group addresses with
 * identical port lists (RepackSubsets); addresses sorted by IP string.
 */
export function buildEndpoints(service: Service, pods: readonly Pod[]): Endpoints | undefined {
  if (!isManagedService(service)) return undefined;
  const groups = new Map<string, { ports: EndpointPort[]; ready: Map<string, EndpointAddress>; notReady: Map<string, EndpointAddress> }>();
  for (const pod of selectedPods(service, pods)) {
    if (pod.terminating && !service.publishNotReadyAddresses) continue;
    const address = toAddress(pod, service);
    const ready = service.publishNotReadyAddresses || pod.ready;
    const ports: EndpointPort[] = [];
    for (const sp of service.ports) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      ports.push({ name: sp.name, port, protocol: sp.protocol, ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    // A headless Service with no ports still lists its addresses, with no ports.
    if (ports.length === 0 && service.ports.length > 0) continue;
    const key = ports.map((p) => `${p.name}/${p.protocol}/${p.port}`).sort().join(',');
    let group = groups.get(key);
    if (!group) {
      group = { ports: [...ports].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.port - b.port)), ready: new Map(), notReady: new Map() };
      groups.set(key, group);
    }
    (ready ? group.ready : group.notReady).set(address.ip, address);
  }
  let budget = MAX_ENDPOINTS_ADDRESSES;
  const subsets: EndpointSubset[] = [];
  let truncated = false;
  for (const group of [...groups.values()]) {
    const sort = (m: Map<string, EndpointAddress>): EndpointAddress[] => [...m.values()].sort((a, b) => compareIPs(a.ip, b.ip));
    let addresses = sort(group.ready);
    let notReadyAddresses = sort(group.notReady);
    // Over capacity the controller keeps ready addresses first and marks the object truncated.
    if (addresses.length > budget) [addresses, truncated] = [addresses.slice(0, budget), true];
    budget -= addresses.length;
    if (notReadyAddresses.length > budget) [notReadyAddresses, truncated] = [notReadyAddresses.slice(0, budget), true];
    budget -= notReadyAddresses.length;
    if (addresses.length + notReadyAddresses.length > 0) subsets.push({ addresses, notReadyAddresses, ports: group.ports });
  }
  const labels: Record<string, string> = { ...service.meta.labels };
  if (service.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const meta = generatedMeta(service.meta.name, service.meta.namespace, labels, service.meta.source.order, service.meta.system);
  return {
    meta: truncated ? { ...meta, annotations: { 'endpoints.kubernetes.io/over-capacity': 'truncated' } } : meta,
    subsets,
    managed: true,
  };
}

function toAddress(pod: Pod, service: Service): EndpointAddress {
  const hostname = endpointHostname(pod, service);
  return {
    ip: pod.ip ?? '',
    ...(pod.nodeName ? { nodeName: pod.nodeName } : {}),
    ...(hostname ? { hostname } : {}),
    targetRef: { kind: 'Pod', namespace: pod.meta.namespace, name: pod.meta.name },
  };
}
