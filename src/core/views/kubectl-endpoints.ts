import type { Cluster, EndpointSlice, Endpoints, Service } from '../model/types';
import { ageSeconds, humanDuration, lastOrder } from './age';
import { listWithMore, printTable } from './kubectl-table';

const MAX_LISTED = 3;

/** `ip:port`, with brackets for IPv6 as net.JoinHostPort writes it. */
const hostPort = (ip: string, port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/**
 * kubectl's formatEndpoints: ready addresses only, one entry per address and port (only the ports named in
 * `portNames` when given), the first three then `+ N more...`; `<none>` when the object has no subsets.
 */
export function formatEndpoints(endpoints: Endpoints | undefined, portNames?: ReadonlySet<string>): string {
  if (!endpoints || endpoints.subsets.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  const take = (entry: string): boolean => {
    if (list.length === MAX_LISTED) {
      more = true;
      return false;
    }
    list.push(entry);
    return true;
  };
  for (const subset of endpoints.subsets) {
    if (subset.ports.length === 0) {
      // Headless Services may have no ports: addresses alone.
      count += subset.addresses.length;
      for (const address of subset.addresses) if (!take(address.ip)) break;
      continue;
    }
    for (const port of subset.ports) {
      if (portNames && !portNames.has(port.name)) continue;
      count += subset.addresses.length;
      for (const address of subset.addresses) if (!take(hostPort(address.ip, port.port))) break;
    }
  }
  return listWithMore(list, more, count, MAX_LISTED, '');
}

/**
 * describe's formatEndpointSlices (kubectl ≥ 1.29 describes a Service from its slices): ready endpoints of the
 * ports named `portName`. Like kubectl, `more` is set by the first endpoint met after three, ready or not.
 */
export function formatEndpointSlicesForPort(slices: readonly EndpointSlice[], portName: string): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  const visit = (address: string, ready: boolean): void => {
    if (list.length === MAX_LISTED) more = true;
    if (!ready) return;
    if (!more) list.push(address);
    count += 1;
  };
  for (const slice of slices) {
    if (slice.ports.length === 0) {
      for (const endpoint of slice.endpoints) visit(endpoint.addresses[0] ?? '', endpoint.conditions.ready);
      continue;
    }
    for (const port of slice.ports) {
      if (port.name !== portName) continue;
      for (const endpoint of slice.endpoints) visit(hostPort(endpoint.addresses[0] ?? '', port.port), endpoint.conditions.ready);
    }
  }
  const joined = list.join(',');
  return more ? `${joined} + ${count - MAX_LISTED} more...` : joined;
}

export function endpointsOf(cluster: Cluster, svc: Service): Endpoints | undefined {
  return cluster.endpoints.find((e) => e.meta.namespace === svc.meta.namespace && e.meta.name === svc.meta.name);
}

export function slicesOf(cluster: Cluster, svc: Service): EndpointSlice[] {
  return cluster.endpointSlices.filter((s) => s.meta.namespace === svc.meta.namespace && s.serviceName === svc.meta.name);
}

/** `kubectl get endpoints`: NAME ENDPOINTS AGE. */
export function kubectlGetEndpoints(cluster: Cluster, endpoints: readonly Endpoints[] = cluster.endpoints): string {
  const last = lastOrder(cluster);
  return printTable(
    ['NAME', 'ENDPOINTS', 'AGE'],
    endpoints.map((e) => [e.meta.name, formatEndpoints(e), humanDuration(ageSeconds(e.meta, last))]),
  );
}

/** formatDiscoveryPorts / formatDiscoveryEndpoints: the first three, `+ N more...`, `<unset>` when empty. */
function discoveryList(values: readonly string[]): string {
  return listWithMore(values.slice(0, MAX_LISTED), values.length > MAX_LISTED, values.length, MAX_LISTED, '<unset>');
}

/** `kubectl get endpointslices`: NAME ADDRESSTYPE PORTS ENDPOINTS AGE (every address, ready or not). */
export function kubectlGetEndpointSlices(cluster: Cluster, slices: readonly EndpointSlice[] = cluster.endpointSlices): string {
  const last = lastOrder(cluster);
  return printTable(
    ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
    slices.map((s) => [
      s.meta.name,
      s.addressType,
      discoveryList(s.ports.map((p) => String(p.port))),
      discoveryList(s.endpoints.flatMap((e) => e.addresses)),
      humanDuration(ageSeconds(s.meta, last)),
    ]),
  );
}
