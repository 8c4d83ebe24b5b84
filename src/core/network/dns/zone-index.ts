import type { ObjectRef } from '../../diagnostics';
import type { Cluster } from '../../model/types';
import { buildDnsRecords, clusterZone } from './records';
import { dnsKey, isInZone } from './names';
import type { DnsRecord } from './types';

/** The records by name, and what else a lookup needs to tell NODATA from NXDOMAIN. */
export interface DnsZoneIndex {
  readonly cluster: Cluster;
  readonly zone: string;
  readonly records: readonly DnsRecord[];
  /** Keyed by lower-case name without the trailing dot. */
  readonly byName: ReadonlyMap<string, readonly DnsRecord[]>;
  /** Names inside the zone with no records but with records below them: NODATA, not NXDOMAIN. */
  readonly emptyNonTerminals: ReadonlySet<string>;
  readonly namespaces: ReadonlySet<string>;
  /** ExternalName targets outside the zone, which the upstream DNS is taken to resolve, with their Services. */
  readonly externalTargets: ReadonlyMap<string, readonly ObjectRef[]>;
}

// A Cluster is immutable, so the index can be kept per Cluster object; a resolver run per request stays cheap.
const cache = new WeakMap<Cluster, DnsZoneIndex>();

export function dnsZoneIndex(cluster: Cluster): DnsZoneIndex {
  const cached = cache.get(cluster);
  if (cached) return cached;
  const index = buildIndex(cluster);
  cache.set(cluster, index);
  return index;
}

function buildIndex(cluster: Cluster): DnsZoneIndex {
  const zone = clusterZone(cluster);
  const records = buildDnsRecords(cluster);
  const byName = new Map<string, DnsRecord[]>();
  for (const r of records) {
    const key = dnsKey(r.name);
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
  }
  const namespaces = new Set<string>(cluster.namespaces.map((n) => n.toLowerCase()));
  for (const o of [...cluster.services, ...cluster.pods]) namespaces.add(o.meta.namespace.toLowerCase());

  const emptyNonTerminals = new Set<string>([zone, `svc.${zone}`, `pod.${zone}`]);
  for (const ns of namespaces) emptyNonTerminals.add(`${ns}.svc.${zone}`).add(`${ns}.pod.${zone}`);
  for (const key of byName.keys()) {
    if (!isInZone(key, zone)) continue;
    for (let at = key.indexOf('.'); at >= 0 && key.length - at - 1 > zone.length; at = key.indexOf('.', at + 1))
      emptyNonTerminals.add(key.slice(at + 1));
  }
  for (const key of byName.keys()) emptyNonTerminals.delete(key);

  const externalTargets = new Map<string, ObjectRef[]>();
  for (const r of records) {
    if (r.type !== 'CNAME' || !r.object) continue;
    const target = dnsKey(r.target);
    if (isInZone(target, zone)) continue;
    externalTargets.set(target, [...(externalTargets.get(target) ?? []), r.object]);
  }
  return { cluster, zone, records, byName, emptyNonTerminals, namespaces, externalTargets };
}
