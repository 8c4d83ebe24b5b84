import type { Cluster, EndpointPort, Service } from '../../model/types';
import { dashedIP } from './names';

/** One address CoreDNS publishes for a Service, with the ports of the slice (or subset) it came from. */
export interface DnsEndpoint {
  readonly ip: string;
  /** The endpoint's `hostname`, else CoreDNS's dashed IP: the first label of its per-endpoint name. */
  readonly label: string;
  readonly ports: readonly EndpointPort[];
  readonly podName?: string;
}

const TOLERATE_UNREADY = 'service.alpha.kubernetes.io/tolerate-unready-endpoints';

/**
 * The ready endpoints CoreDNS sees for a Service. CoreDNS reads EndpointSlices and skips endpoints whose
 * `ready` condition is false; the spec also counts `publishNotReadyAddresses` and the legacy
 * tolerate-unready annotation as ready (the slice controller already folds them in; checked again here so
 * hand-written slices behave the same). When a Service has no slices at all, its Endpoints object is read.
 */
export function readyDnsEndpoints(cluster: Cluster, service: Service): DnsEndpoint[] {
  const ns = service.meta.namespace;
  const tolerant = service.publishNotReadyAddresses || service.meta.annotations[TOLERATE_UNREADY] === 'true';
  const slices = cluster.endpointSlices.filter(
    (s) => s.meta.namespace === ns && s.serviceName === service.meta.name && s.addressType !== 'FQDN',
  );
  const out: DnsEndpoint[] = [];
  if (slices.length > 0) {
    for (const slice of slices)
      for (const ep of slice.endpoints) {
        if (!ep.conditions.ready && !tolerant) continue;
        for (const ip of ep.addresses) out.push(endpoint(ip, ep.hostname, slice.ports, ep.targetRef?.name));
      }
    return out;
  }
  const endpoints = cluster.endpoints.find((e) => e.meta.namespace === ns && e.meta.name === service.meta.name);
  for (const subset of endpoints?.subsets ?? []) {
    const addresses = tolerant ? [...subset.addresses, ...subset.notReadyAddresses] : subset.addresses;
    for (const a of addresses) out.push(endpoint(a.ip, a.hostname, subset.ports, a.targetRef?.name));
  }
  return out;
}

function endpoint(ip: string, hostname: string | undefined, ports: readonly EndpointPort[], podName: string | undefined): DnsEndpoint {
  return {
    ip,
    label: (hostname || dashedIP(ip)).toLowerCase(),
    ports,
    ...(podName ? { podName } : {}),
  };
}
