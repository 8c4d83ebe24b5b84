import type { ObjectRef } from '../../diagnostics';

/** The record types svcscope's CoreDNS serves. SOA and NS of the zone apex are left out: nobody asks for them. */
export type DnsRecordType = 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR' | 'TXT';

interface RecordBase {
  /** Absolute, lower case, with the trailing dot: `myapp.default.svc.cluster.local.`. */
  readonly name: string;
  readonly ttlSeconds: number;
  /** The Kubernetes object the record comes from; absent for `dns-version`. */
  readonly object?: ObjectRef;
}

export type DnsRecord =
  | (RecordBase & { readonly type: 'A' | 'AAAA'; readonly address: string })
  | (RecordBase & { readonly type: 'CNAME' | 'PTR'; readonly target: string })
  | (RecordBase & {
      readonly type: 'SRV';
      readonly priority: number;
      readonly weight: number;
      readonly port: number;
      readonly target: string;
    })
  | (RecordBase & { readonly type: 'TXT'; readonly text: string });

/** Who answered a query: CoreDNS from the cluster's objects, or the upstream DNS (CoreDNS's `forward .`, or the node's resolver). */
export type DnsServer = 'coredns' | 'upstream';

/**
 * How one query ended. `external`: the upstream DNS resolves the name (an ExternalName target) but svcscope
 * does not simulate public DNS, so there is no address; the trace leaves the cluster by name.
 */
export type DnsQueryStatus = 'answer' | 'external' | 'nodata' | 'nxdomain' | 'servfail';

export interface DnsQuery {
  /** Absolute, as sent (the user's spelling plus the search suffix), with the trailing dot. */
  readonly name: string;
  readonly type: DnsRecordType;
  readonly server: DnsServer;
  readonly status: DnsQueryStatus;
  readonly rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
  /** The answer section: CNAMEs followed, then the records of the asked type. */
  readonly answers: readonly DnsRecord[];
  /** For `external`: the name the upstream DNS resolves. */
  readonly externalHost?: string;
  /** Why this answer, in words for the DNS hop's panel. */
  readonly reason: string;
}

/** The pod's /etc/resolv.conf as the kubelet writes it, or how the query is sent when there is no pod. */
export interface ResolvConf {
  /** cluster: CoreDNS with the search path; node: the node's resolver (dnsPolicy Default, or hostNetwork without ClusterFirstWithHostNet); none: dnsPolicy None; direct: no pod, a `dig @kube-dns` style query. */
  readonly source: 'cluster' | 'node' | 'none' | 'direct';
  /** The CoreDNS Service IP when queries go to CoreDNS. */
  readonly nameserver?: string;
  readonly search: readonly string[];
  readonly ndots: number;
  readonly note: string;
}

export interface PodDnsContext {
  readonly namespace: string;
  readonly dnsPolicy: 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
  readonly hostNetwork: boolean;
}

export interface ResolveNameRequest {
  readonly name: string;
  /** The asking pod; without it the name is sent as-is, straight to CoreDNS. */
  readonly pod?: PodDnsContext;
  /** Default A. For PTR an IP address may be given instead of its in-addr.arpa name, as `dig -x` does. */
  readonly type?: DnsRecordType;
}

export type DnsResult =
  | { readonly type: 'answer'; readonly queryIndex: number; readonly records: readonly DnsRecord[]; readonly addresses: readonly string[] }
  | { readonly type: 'external'; readonly queryIndex: number; readonly host: string; readonly records: readonly DnsRecord[] }
  | { readonly type: 'nodata' | 'nxdomain' | 'servfail'; readonly reason: string }
  | { readonly type: 'invalid-name'; readonly reason: string }
  /** A literal IP: getaddrinfo does not ask DNS at all. */
  | { readonly type: 'ip-literal'; readonly address: string };

export interface DnsResolution {
  readonly name: string;
  readonly type: DnsRecordType;
  readonly resolvConf: ResolvConf;
  /** Every query the resolver sent, in order. */
  readonly queries: readonly DnsQuery[];
  readonly result: DnsResult;
}
