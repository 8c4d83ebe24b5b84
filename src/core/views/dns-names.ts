import type { ObjectRef } from '../diagnostics';
import type { Cluster } from '../model/types';
import { absolute, reverseName } from '../network/dns/names';
import { buildDnsRecords, clusterZone } from '../network/dns/records';
import { renderDnsRecord } from '../network/dns/render';
import type { DnsRecord } from '../network/dns/types';
import { findObject } from './find-object';

/**
 * The DNS records CoreDNS serves about one object, as zone-file lines. A Service: its A record (the
 * cluster IP, or one per ready endpoint when headless), SRV per named port, its endpoints' names and the
 * PTRs; ExternalName: the CNAME. A pod: `a-b-c-d.ns.pod.<zone>`, `hostname.subdomain.ns.svc.<zone>` when a
 * headless Service named like its subdomain serves it, and every other name that resolves to its IP.
 * Endpoints, EndpointSlices and load balancers stand for their Service. Pass `records` to reuse one build.
 */
export function dnsNamesFor(cluster: Cluster, ref: ObjectRef, records: readonly DnsRecord[] = buildDnsRecords(cluster)): string[] {
  const found = findObject(cluster, ref);
  if (!found) return [];
  const ofObject = (kind: string, namespace: string, name: string) => (r: DnsRecord) =>
    r.object?.kind === kind && r.object.namespace === namespace && r.object.name === name;
  switch (found.type) {
    case 'Service':
      return records.filter(ofObject('Service', found.object.meta.namespace, found.object.meta.name)).map(renderDnsRecord);
    case 'Endpoints':
      return records.filter(ofObject('Service', found.object.meta.namespace, found.object.meta.name)).map(renderDnsRecord);
    case 'EndpointSlice':
      return records.filter(ofObject('Service', found.object.meta.namespace, found.object.serviceName)).map(renderDnsRecord);
    case 'Pod': {
      const ip = found.object.ip;
      if (!ip) return [];
      const pod = found.object;
      const own = ofObject('Pod', pod.meta.namespace, pod.meta.name);
      const reverse = reverseName(ip);
      const lines = records
        .filter((r) => own(r) || ((r.type === 'A' || r.type === 'AAAA') && r.address === ip) || (reverse !== undefined && r.type === 'PTR' && r.name === absolute(reverse)))
        .map(renderDnsRecord);
      const { hostname, subdomain } = pod.spec;
      if (hostname && subdomain) {
        const name = `${hostname}.${subdomain}.${pod.meta.namespace}.svc.${clusterZone(cluster)}.`;
        // Setting hostname and subdomain is not enough: a Service of that name must select the pod.
        if (!records.some((r) => r.name === name)) lines.push(`; ${name} is not served: no Service "${subdomain}" in ${pod.meta.namespace} selects this pod`);
      }
      return lines;
    }
    default:
      return [];
  }
}
