import type { DnsRecord, DnsRecordType } from './types';

const TYPE_ORDER: readonly DnsRecordType[] = ['TXT', 'A', 'AAAA', 'CNAME', 'SRV', 'PTR'];

/** The record's data as a zone file prints it. */
export function recordData(r: DnsRecord): string {
  switch (r.type) {
    case 'A':
    case 'AAAA':
      return r.address;
    case 'CNAME':
    case 'PTR':
      return r.target;
    case 'SRV':
      return `${r.priority} ${r.weight} ${r.port} ${r.target}`;
    case 'TXT':
      return `"${r.text}"`;
  }
}

/** `myapp.default.svc.cluster.local. 30 IN A 10.96.3.215` */
export function renderDnsRecord(r: DnsRecord): string {
  return `${r.name} ${r.ttlSeconds} IN ${r.type} ${recordData(r)}`;
}

export function renderDnsRecords(records: readonly DnsRecord[]): string[] {
  return records.map(renderDnsRecord);
}

/**
 * Zone-file order: the cluster zone, then in-addr.arpa, then ip6.arpa; inside a zone by labels read from the
 * right (DNSSEC canonical order, so a Service sits right before its SRV and endpoint names), numbers
 * compared as numbers so reverse names follow the addresses.
 */
export function sortDnsRecords(records: readonly DnsRecord[]): DnsRecord[] {
  return [...records].sort(compareRecords);
}

function compareRecords(a: DnsRecord, b: DnsRecord): number {
  return (
    zoneRank(a.name) - zoneRank(b.name) ||
    compareNames(a.name, b.name) ||
    TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
    comparePieces(recordData(a).split(/[.: ]/), recordData(b).split(/[.: ]/))
  );
}

function zoneRank(name: string): number {
  if (name.endsWith('.in-addr.arpa.')) return 1;
  if (name.endsWith('.ip6.arpa.')) return 2;
  return 0;
}

function compareNames(a: string, b: string): number {
  return comparePieces(a.replace(/\.$/, '').split('.').reverse(), b.replace(/\.$/, '').split('.').reverse());
}

/** Piece by piece, so `10.244.1.9` sorts before `10.244.1.10`. */
function comparePieces(la: readonly string[], lb: readonly string[]): number {
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    const c = compareLabel(la[i] ?? '', lb[i] ?? '');
    if (c !== 0) return c;
  }
  return la.length - lb.length;
}

function compareLabel(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
