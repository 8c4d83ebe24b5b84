/** Cluster DNS as the kubeadm CoreDNS serves it, and the resolver walk of a pod. */
export type {
  DnsQuery,
  DnsQueryStatus,
  DnsRecord,
  DnsRecordType,
  DnsResolution,
  DnsResult,
  DnsServer,
  PodDnsContext,
  ResolvConf,
  ResolveNameRequest,
} from './types';
export { buildDnsRecords, clusterZone } from './records';
export { recordData, renderDnsRecord, renderDnsRecords, sortDnsRecords } from './render';
export { resolveName } from './resolve';
export { podResolvConf, searchCandidates } from './resolv-conf';
export { DNS_SCHEMA_VERSION, DNS_TTL_SECONDS, DNS_VERSION_TTL_SECONDS, reverseName } from './names';
