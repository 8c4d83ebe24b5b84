import type { ObjectRef } from '../../diagnostics';
import type { Cluster, Pod, Service } from '../../model/types';
import { readyDnsEndpoints } from './endpoints';
import {
  absolute,
  addressRecordType,
  dashedIP,
  dnsKey,
  DNS_SCHEMA_VERSION,
  DNS_TTL_SECONDS,
  DNS_VERSION_TTL_SECONDS,
  isIP,
  reverseName,
} from './names';
import { recordData, sortDnsRecords } from './render';
import type { DnsRecord } from './types';

/** The cluster domain as CoreDNS serves it (`cluster.local`). */
export function clusterZone(cluster: Cluster): string {
  return dnsKey(cluster.settings.clusterDomain) || 'cluster.local';
}

/**
 * Every record the kubeadm CoreDNS (kubernetes plugin, `pods insecure`, ttl 30) serves for the cluster, in a
 * stable order. `pods insecure` answers any dashed IP in an existing namespace; the list holds the pods that
 * exist. Beyond the spec's minimum, CoreDNS also names the endpoints of ClusterIP Services
 * (`10-244-1-5.myapp.default.svc...`) and answers PTR for every ready endpoint IP: both are here.
 */
export function buildDnsRecords(cluster: Cluster): readonly DnsRecord[] {
  const zone = clusterZone(cluster);
  const records = new Map<string, DnsRecord>();
  const add = (r: DnsRecord): void => {
    const key = `${r.name}|${r.type}|${recordData(r)}`;
    if (!records.has(key)) records.set(key, r);
  };
  add({ type: 'TXT', name: `dns-version.${zone}.`, ttlSeconds: DNS_VERSION_TTL_SECONDS, text: DNS_SCHEMA_VERSION });
  // CoreDNS answers a reverse query with the Service that owns the cluster IP and searches endpoints only
  // when none does.
  const clusterIPs = new Set(cluster.services.filter((s) => isIP(s.clusterIP)).map((s) => s.clusterIP));
  for (const service of cluster.services) addServiceRecords(cluster, service, zone, clusterIPs, add);
  for (const pod of cluster.pods) addPodRecord(pod, zone, add);
  return sortDnsRecords(withSrvWeights([...records.values()]));
}

function addServiceRecords(
  cluster: Cluster,
  service: Service,
  zone: string,
  clusterIPs: ReadonlySet<string>,
  add: (r: DnsRecord) => void,
): void {
  const { name, namespace } = service.meta;
  const object: ObjectRef = { kind: 'Service', namespace, name };
  const ttlSeconds = DNS_TTL_SECONDS;
  const serviceName = absolute(dnsKey(`${name}.${namespace}.svc.${zone}`));
  if (service.type === 'ExternalName') {
    // One trailing dot is allowed in spec.externalName. An IP there is not a name: CoreDNS serves nothing.
    const target = (service.externalName ?? '').replace(/\.$/, '');
    if (target && !isIP(target)) add({ type: 'CNAME', name: serviceName, ttlSeconds, target: absolute(target), object });
    return;
  }
  const headless = service.clusterIP === 'None';
  if (!headless) {
    // No cluster IP (allocation failed): nothing to serve, exactly like a Service that was never created.
    if (!isIP(service.clusterIP)) return;
    add({ type: addressRecordType(service.clusterIP), name: serviceName, ttlSeconds, address: service.clusterIP, object });
    for (const port of service.ports) {
      if (!port.name) continue; // "Unnamed ports do not have an SRV record."
      const srvName = `_${port.name.toLowerCase()}._${port.protocol.toLowerCase()}.${serviceName}`;
      add({ type: 'SRV', name: srvName, ttlSeconds, priority: 0, weight: 0, port: port.port, target: serviceName, object });
    }
    const ptr = reverseName(service.clusterIP);
    if (ptr) add({ type: 'PTR', name: absolute(ptr), ttlSeconds, target: serviceName, object });
  }
  for (const ep of readyDnsEndpoints(cluster, service)) {
    if (!isIP(ep.ip)) continue;
    const type = addressRecordType(ep.ip);
    const endpointName = `${ep.label}.${serviceName}`;
    if (headless) add({ type, name: serviceName, ttlSeconds, address: ep.ip, object });
    add({ type, name: endpointName, ttlSeconds, address: ep.ip, object });
    const ptr = reverseName(ep.ip);
    if (ptr && !clusterIPs.has(ep.ip)) add({ type: 'PTR', name: absolute(ptr), ttlSeconds, target: endpointName, object });
    if (!headless) continue;
    // Headless SRV: one per ready endpoint and named port, with the endpoint's (target) port number.
    for (const port of ep.ports) {
      if (!port.name) continue;
      const srvName = `_${port.name.toLowerCase()}._${port.protocol.toLowerCase()}.${serviceName}`;
      add({ type: 'SRV', name: srvName, ttlSeconds, priority: 0, weight: 0, port: port.port, target: endpointName, object });
    }
  }
}

function addPodRecord(pod: Pod, zone: string, add: (r: DnsRecord) => void): void {
  if (!pod.ip || !isIP(pod.ip)) return;
  const object: ObjectRef = { kind: 'Pod', namespace: pod.meta.namespace, name: pod.meta.name };
  const name = absolute(dnsKey(`${dashedIP(pod.ip)}.${pod.meta.namespace}.pod.${zone}`));
  add({ type: addressRecordType(pod.ip), name, ttlSeconds: DNS_TTL_SECONDS, address: pod.ip, object });
}

/** CoreDNS's SRV numbers: priority 0 and weight ⌊100 / n⌋ for the n targets of one name. */
function withSrvWeights(records: readonly DnsRecord[]): DnsRecord[] {
  const counts = new Map<string, number>();
  for (const r of records) if (r.type === 'SRV') counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return records.map((r) => (r.type === 'SRV' ? { ...r, weight: Math.floor(100 / (counts.get(r.name) ?? 1)) } : r));
}
