import type { Cluster } from '../../model/types';
import { clusterZone } from './records';
import type { PodDnsContext, ResolvConf } from './types';

/**
 * The resolv.conf the kubelet writes (pkg/kubelet/network/dns): ClusterFirst gets CoreDNS, the search path
 * `<ns>.svc.<zone> svc.<zone> <zone>` and ndots:5; hostNetwork pods need ClusterFirstWithHostNet for that,
 * else they fall back to Default, the node's own resolv.conf (simulated with no search path).
 */
export function podResolvConf(cluster: Cluster, pod?: PodDnsContext): ResolvConf {
  const zone = clusterZone(cluster);
  if (!pod)
    return {
      source: 'direct',
      nameserver: cluster.dnsServiceIP,
      search: [],
      ndots: 1,
      note: 'No pod: the name is sent once, as written, straight to CoreDNS (like dig @kube-dns).',
    };
  if (pod.dnsPolicy === 'None')
    return {
      source: 'none',
      search: [],
      ndots: 5,
      note: 'dnsPolicy None takes everything from spec.dnsConfig, which svcscope does not model: the name goes as written to an upstream resolver.',
    };
  const clusterFirst = pod.dnsPolicy === 'ClusterFirstWithHostNet' || (pod.dnsPolicy === 'ClusterFirst' && !pod.hostNetwork);
  if (!clusterFirst)
    return nodeResolvConf(
      pod.dnsPolicy === 'Default'
        ? 'dnsPolicy Default: the pod uses its node\'s resolv.conf, which does not know cluster names ("Default" is not the default; ClusterFirst is).'
        : 'hostNetwork with dnsPolicy ClusterFirst falls back to Default, the node\'s resolv.conf; use ClusterFirstWithHostNet to reach cluster DNS.',
    );
  if (!cluster.dnsServiceIP)
    return nodeResolvConf('The cluster has no DNS Service (kube-system/kube-dns), so the kubelet falls back to dnsPolicy Default.');
  return {
    source: 'cluster',
    nameserver: cluster.dnsServiceIP,
    search: [`${pod.namespace}.svc.${zone}`, `svc.${zone}`, zone],
    ndots: 5,
    note: `nameserver ${cluster.dnsServiceIP}, search ${pod.namespace}.svc.${zone} svc.${zone} ${zone}, options ndots:5`,
  };
}

function nodeResolvConf(note: string): ResolvConf {
  return { source: 'node', search: [], ndots: 1, note };
}

/**
 * The names glibc's res_search sends, in order: a name ending in `.` only as written; a name with at least
 * ndots dots as written first, then with each search suffix; a shorter one with the suffixes first and as
 * written last. Candidates longer than 253 characters are never sent.
 */
export function searchCandidates(name: string, conf: ResolvConf): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = name.split('.').length - 1;
  const suffixed = conf.search.map((s) => `${name}.${s}`).filter((n) => n.length <= 253);
  return dots >= conf.ndots ? [name, ...suffixed] : [...suffixed, name];
}
