import type { ObjectRef } from '../diagnostics';
import type { Cluster } from '../model/types';
import { resolveName } from '../network/dns/resolve';
import type { DnsResolution } from '../network/dns/types';
import { LATENCY_MS } from './dataplane';
import type { ResolvedSource } from './source';
import type { SimulationState } from './state';
import type { Hop, Outcome } from './types';

/** The DNS lookup a client makes before connecting: one hop with every query, and the address it will use. */
export type DnsStep =
  | { readonly type: 'address'; readonly hop: Hop; readonly ip: string; readonly object?: ObjectRef; readonly headless: boolean }
  | { readonly type: 'stop'; readonly hop?: Hop; readonly outcome: Outcome };

export function resolveForTrace(cluster: Cluster, source: ResolvedSource, name: string, state: SimulationState, startMs: number): DnsStep {
  if (source.external) {
    return {
      type: 'stop',
      outcome: {
        type: 'nxdomain',
        name,
        reason: `${name} is a cluster DNS name: a client outside the cluster cannot resolve it (use a node's IP and the NodePort, the load balancer's IP, or an Ingress host)`,
      },
    };
  }
  const pod = source.pod;
  const resolution = resolveName(cluster, {
    name,
    ...(pod ? { pod: { namespace: pod.meta.namespace, dnsPolicy: pod.spec.dnsPolicy, hostNetwork: pod.spec.hostNetwork } } : { pod: { namespace: 'default', dnsPolicy: 'Default', hostNetwork: true } }),
  });
  const queries = resolution.queries;
  const timeMs = startMs + Math.max(1, queries.length) * LATENCY_MS.dns;
  const server = resolution.resolvConf.nameserver ?? 'the node resolver';
  const queryText = queries.map((q) => `${q.name} ${q.type}: ${q.answers.length > 0 ? q.answers.map(recordText).join(', ') : q.rcode}`);
  const hop = (note: string, dst: string): Hop => ({
    kind: 'dns',
    at: 'dns',
    ...(source.node ? { node: source.node.name } : {}),
    before: { src: source.ip, dst: `${name}` },
    after: { src: source.ip, dst },
    rule: { source: 'dns', text: queryText.join('\n') || resolution.resolvConf.note },
    note,
    timeMs,
  });
  const result = resolution.result;
  switch (result.type) {
    case 'ip-literal':
      return { type: 'address', hop: hop('an IP address: no DNS query', result.address), ip: result.address, headless: false };
    case 'answer': {
      const answer = queries[result.queryIndex];
      const addresses = result.addresses;
      if (addresses.length === 0) return { type: 'stop', hop: hop('no address in the answer', name), outcome: { type: 'nxdomain', name, reason: 'the answer has no address' } };
      // CoreDNS's loadbalance plugin shuffles A records; the client connects to the first one.
      const ip = addresses.length === 1 ? (addresses[0] as string) : (addresses[state.rng.int(addresses.length)] as string);
      const record = answer?.answers.find((r) => (r.type === 'A' || r.type === 'AAAA') && r.address === ip);
      const headless = addresses.length > 1 || (record?.object !== undefined && isHeadless(cluster, record.object));
      const via = `${queries.length} quer${queries.length === 1 ? 'y' : 'ies'} to ${server} (${resolution.resolvConf.search.length > 0 ? `search ${resolution.resolvConf.search.join(' ')}, ndots:${resolution.resolvConf.ndots}` : 'no search path'})`;
      const what = headless ? `headless: ${addresses.length} pod address${addresses.length === 1 ? '' : 'es'}, the client takes ${ip}` : `${answer?.name ?? name} → ${ip}`;
      return { type: 'address', hop: hop(`DNS: ${what}; ${via}`, ip), ip, headless, ...(record?.object ? { object: record.object } : {}) };
    }
    case 'external':
      return {
        type: 'stop',
        hop: hop(`CNAME → ${result.host}: an ExternalName Service, answered by DNS alone (no proxying)`, result.host),
        outcome: { type: 'cname', target: result.host, reason: `${name} is a CNAME to ${result.host}; the client connects to that outside name, kube-proxy is not involved` },
      };
    case 'nxdomain':
    case 'nodata':
    case 'servfail':
    case 'invalid-name':
      return { type: 'stop', hop: hop(`DNS: ${result.type.toUpperCase()}: ${result.reason}`, name), outcome: { type: 'nxdomain', name, reason: result.reason } };
  }
}

function recordText(r: DnsResolution['queries'][number]['answers'][number]): string {
  switch (r.type) {
    case 'A':
    case 'AAAA':
      return `${r.type} ${r.address}`;
    case 'CNAME':
    case 'PTR':
      return `${r.type} ${r.target}`;
    case 'SRV':
      return `SRV ${r.port} ${r.target}`;
    case 'TXT':
      return `TXT ${r.text}`;
  }
}

function isHeadless(cluster: Cluster, ref: ObjectRef): boolean {
  return cluster.services.some((s) => s.meta.name === ref.name && s.meta.namespace === ref.namespace && s.clusterIP === 'None');
}
