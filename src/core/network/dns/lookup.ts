import { explainMissing } from './explain';
import { absolute, addressRecordType, dnsKey, DNS_TTL_SECONDS, ipFromDashed, ipFromReverseName, isInZone } from './names';
import type { DnsQuery, DnsRecord, DnsRecordType } from './types';
import type { DnsZoneIndex } from './zone-index';

/** Where a query goes: to CoreDNS (which forwards what it does not own), or straight to an upstream resolver. */
export type DnsRoute = 'coredns' | 'upstream-only';

// CoreDNS follows CNAMEs inside its zone; a chain this long is a loop between ExternalName Services.
const MAX_CNAME_HOPS = 8;

/** One DNS query and its answer, as the pod's resolver would see it. */
export function sendQuery(index: DnsZoneIndex, name: string, type: DnsRecordType, route: DnsRoute): DnsQuery {
  const key = dnsKey(name);
  const base = { name: absolute(name), type };
  if (route === 'upstream-only') {
    const inCluster = isInZone(key, index.zone);
    return { ...base, ...upstream(index, key, [], inCluster ? `the resolver it asks does not know the cluster domain ${index.zone}` : undefined) };
  }
  if (isInZone(key, index.zone)) return { ...base, ...fromZone(index, key, type) };
  const reverse = key.endsWith('.in-addr.arpa') || key.endsWith('.ip6.arpa');
  const records = index.byName.get(key)?.filter((r) => r.type === type) ?? [];
  if (reverse && records.length > 0)
    return { ...base, server: 'coredns', status: 'answer', rcode: 'NOERROR', answers: records, reason: `the address belongs to ${describe(records[0])}` };
  if (reverse) {
    const ip = ipFromReverseName(key);
    const why = `no Service or ready endpoint has the address${ip ? ` ${ip}` : ''}; CoreDNS passes the query on (fallthrough)`;
    return { ...base, ...upstream(index, key, [], why) };
  }
  return { ...base, ...upstream(index, key, [], undefined) };
}

type Answer = Omit<DnsQuery, 'name' | 'type'>;
type CnameRecord = Extract<DnsRecord, { type: 'CNAME' | 'PTR' }>;

function fromZone(index: DnsZoneIndex, start: string, type: DnsRecordType): Answer {
  const chain: DnsRecord[] = [];
  let key = start;
  for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
    const records = recordsAt(index, key);
    const matching = records.filter((r) => r.type === type);
    if (matching.length > 0)
      return { server: 'coredns', status: 'answer', rcode: 'NOERROR', answers: [...chain, ...matching], reason: answerReason(chain, matching) };
    const cname = type === 'CNAME' ? undefined : records.find((r): r is CnameRecord => r.type === 'CNAME');
    if (!cname) {
      if (records.length > 0 || index.emptyNonTerminals.has(key)) {
        const has = [...new Set(records.map((r) => r.type))].join(', ');
        return { server: 'coredns', status: 'nodata', rcode: 'NOERROR', answers: chain, reason: `${key} exists but has no ${type} record${has ? ` (it has ${has})` : ''}` };
      }
      return { server: 'coredns', status: 'nxdomain', rcode: 'NXDOMAIN', answers: chain, reason: explainMissing(index, key) };
    }
    chain.push(cname);
    key = dnsKey(cname.target);
    // CoreDNS asks the upstream for a target outside its zone and returns the CNAME with whatever it gets.
    if (!isInZone(key, index.zone)) return { ...upstream(index, key, chain, undefined), server: 'coredns' };
  }
  return { server: 'coredns', status: 'servfail', rcode: 'SERVFAIL', answers: chain, reason: 'the CNAME chain loops between ExternalName Services' };
}

/** Listed records, or what `pods insecure` makes up for any dashed IP in an existing namespace. */
function recordsAt(index: DnsZoneIndex, key: string): readonly DnsRecord[] {
  const listed = index.byName.get(key);
  if (listed) return listed;
  const labels = key.slice(0, -(index.zone.length + 1)).split('.');
  const [label, ns, kind] = labels;
  if (labels.length !== 3 || kind !== 'pod' || label === undefined || ns === undefined || !index.namespaces.has(ns)) return [];
  const ip = ipFromDashed(label);
  if (!ip) return [];
  return [{ type: addressRecordType(ip), name: `${key}.`, ttlSeconds: DNS_TTL_SECONDS, address: ip }];
}

/** The simulated upstream DNS: it resolves ExternalName targets (without an address) and nothing else. */
function upstream(index: DnsZoneIndex, key: string, chain: readonly DnsRecord[], why: string | undefined): Answer {
  const owners = index.externalTargets.get(key);
  if (owners) {
    const by = owners.map((o) => `${o.namespace ?? ''}/${o.name}`).join(', ');
    return {
      server: 'upstream',
      status: 'external',
      rcode: 'NOERROR',
      answers: chain,
      externalHost: key,
      reason: `resolved by the upstream DNS (${key} is the externalName of ${by}); svcscope does not simulate public DNS, so no address is shown`,
    };
  }
  return {
    server: 'upstream',
    status: 'nxdomain',
    rcode: 'NXDOMAIN',
    answers: chain,
    reason: why ?? `${key} is outside the cluster domain and the simulated upstream DNS knows no outside names`,
  };
}

function answerReason(chain: readonly DnsRecord[], matching: readonly DnsRecord[]): string {
  const via = chain.length > 0 ? `via ${chain.map((c) => describe(c)).join(' → ')}, ` : '';
  return `${via}${matching.length} record${matching.length === 1 ? '' : 's'} from ${describe(matching[0])}`;
}

function describe(r: DnsRecord | undefined): string {
  const o = r?.object;
  // dns-version, and the answers `pods insecure` makes up without looking at pods.
  if (!o) return 'CoreDNS itself';
  return `${o.kind} ${o.namespace ?? ''}/${o.name}`;
}
