/**
 * kube-proxy's configuration as far as it changes the rules. Defaults follow a kubeadm-style
 * kube-proxy of the cluster's version; every field can be overridden to show another setup.
 */
import type { Cluster } from '../../model/types';
import { isAtLeast, parseKubeVersion, type KubeVersion } from './version';

export interface ProxyOptions {
  /** "1.33" style; unnamed-port hashing changes at 1.19, probability formatting at 1.17. */
  readonly kubeVersion: string;
  /** --cluster-cidr: the local-traffic detector. '' means none (no `! -s` masquerade, no pod short-circuit). */
  readonly clusterCIDR: string;
  /** --masquerade-all. */
  readonly masqueradeAll: boolean;
  /** Service CIDRs (comma separated) that nftables mode drops unallocated IPs of. */
  readonly serviceCIDR: string;
  /** --iptables-localhost-nodeports (default true): adds the KUBE-FIREWALL localnet guard. */
  readonly localhostNodePorts: boolean;
  /** iptables >= 1.6.2 supports MASQUERADE --random-fully; every current distro does. */
  readonly randomFully: boolean;
  /** nf_conntrack_tcp_be_liberal != 0 removes the KUBE-FORWARD INVALID drop rule. */
  readonly conntrackTCPLiberal: boolean;
  /** Whether the nfacct counters exist (kube-proxy >= 1.29 on a kernel with nfnetlink_acct). */
  readonly nfacct: boolean;
  /** Honour `hints.forNodes` (feature gate PreferSameTrafficDistribution). */
  readonly preferSameTrafficDistribution: boolean;
  /** --ipvs-scheduler; '' means kube-proxy's default, rr. */
  readonly ipvsScheduler: string;
}

export interface ResolvedProxyOptions extends ProxyOptions {
  readonly version: KubeVersion;
  /** Before v1.19 an unnamed port made ServicePortName.String() end in ':'. */
  readonly unnamedPortColon: boolean;
}

export function resolveProxyOptions(cluster: Cluster, overrides: Partial<ProxyOptions> = {}): ResolvedProxyOptions {
  const kubeVersion = overrides.kubeVersion ?? cluster.settings.kubeVersion;
  const version = parseKubeVersion(kubeVersion);
  const options: ProxyOptions = {
    kubeVersion,
    clusterCIDR: cluster.settings.clusterCIDR,
    masqueradeAll: cluster.settings.masqueradeAll,
    serviceCIDR: cluster.settings.serviceCIDR,
    localhostNodePorts: true,
    randomFully: true,
    conntrackTCPLiberal: false,
    nfacct: isAtLeast(version, 29),
    preferSameTrafficDistribution: true,
    ipvsScheduler: cluster.settings.ipvsScheduler,
    ...overrides,
  };
  return { ...options, version, unnamedPortColon: !isAtLeast(version, 19) };
}
