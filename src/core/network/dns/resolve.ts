import type { Cluster } from '../../model/types';
import { sendQuery } from './lookup';
import { absolute, dnsKey, isIP, reverseName } from './names';
import { podResolvConf, searchCandidates } from './resolv-conf';
import type { DnsQuery, DnsResolution, DnsResult, ResolveNameRequest } from './types';
import { dnsZoneIndex, type DnsZoneIndex } from './zone-index';

/**
 * The resolver walk a pod makes for one name: every query sent (search suffixes, then as written, per
 * glibc with the pod's resolv.conf), each answer, and the final result. Like glibc, a NXDOMAIN, NODATA or
 * SERVFAIL moves on to the next candidate; the first answer ends the walk. Never throws.
 */
export function resolveName(cluster: Cluster, request: ResolveNameRequest): DnsResolution {
  const type = request.type ?? 'A';
  const resolvConf = podResolvConf(cluster, request.pod);
  let name = request.name.trim();
  const done = (queries: readonly DnsQuery[], result: DnsResult): DnsResolution => ({ name, type, resolvConf, queries, result });

  if (type === 'PTR' && isIP(name)) name = absolute(reverseName(name) ?? name);
  if (isIP(name) && (type === 'A' || type === 'AAAA')) return done([], { type: 'ip-literal', address: name });
  const invalid = invalidNameReason(name);
  if (invalid) return done([], { type: 'invalid-name', reason: invalid });

  const index = dnsZoneIndex(cluster);
  const route = resolvConf.source === 'cluster' || resolvConf.source === 'direct' ? 'coredns' : 'upstream-only';
  const queries: DnsQuery[] = [];
  for (const candidate of searchCandidates(name, resolvConf)) {
    const query = sendQuery(index, candidate, type, route);
    queries.push(query);
    const queryIndex = queries.length - 1;
    if (query.status === 'answer') {
      const addresses = query.answers.flatMap((r) => (r.type === 'A' || r.type === 'AAAA' ? [r.address] : []));
      return done(queries, { type: 'answer', queryIndex, records: query.answers, addresses });
    }
    if (query.status === 'external')
      return done(queries, { type: 'external', queryIndex, host: query.externalHost ?? '', records: query.answers });
  }
  return done(queries, failure(queries, intendedQuery(name, queries, index)));
}

/** glibc's verdict after every candidate failed: NODATA if any name existed, else SERVFAIL, else NXDOMAIN. */
function failure(queries: readonly DnsQuery[], intended: DnsQuery | undefined): DnsResult {
  const tried = queries.length === 1 ? '' : ` (${queries.length} names tried)`;
  for (const status of ['nodata', 'servfail'] as const) {
    const first = queries.find((q) => q.status === status);
    if (first) return { type: status, reason: `${first.reason}${tried}` };
  }
  return { type: 'nxdomain', reason: `${intended?.reason ?? 'no such name'}${tried}` };
}

/**
 * The query whose NXDOMAIN explains the failure best, by Kubernetes naming habits: a bare name means a
 * Service of the pod's own namespace (the first suffix); `<name>.<namespace>` means `<name>.<namespace>.svc`
 * when that namespace exists; anything else was meant as written.
 */
function intendedQuery(name: string, queries: readonly DnsQuery[], index: DnsZoneIndex): DnsQuery | undefined {
  const bare = dnsKey(name);
  if (!name.endsWith('.') && !bare.includes('.')) return queries[0];
  const lastLabel = bare.slice(bare.lastIndexOf('.') + 1);
  const wanted = index.namespaces.has(lastLabel) ? `${bare}.svc.${index.zone}` : bare;
  return queries.find((q) => dnsKey(q.name) === wanted) ?? queries[0];
}

/** What the resolver refuses to send at all (res_mkquery and the 253/63 limits). */
function invalidNameReason(name: string): string | undefined {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare === '') return 'the name is empty';
  if (/\s/.test(bare)) return 'a DNS name cannot contain spaces';
  if (bare.length > 253) return 'a DNS name is at most 253 characters';
  const labels = bare.split('.');
  if (labels.some((l) => l === '')) return 'a DNS name cannot have an empty label (two dots in a row, or a leading dot)';
  if (labels.some((l) => l.length > 63)) return 'a DNS label is at most 63 characters';
  return undefined;
}
