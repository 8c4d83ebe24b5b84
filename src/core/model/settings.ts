import type { ClusterSettings } from './types';

/**
 * A kubeadm-like cluster: service CIDR 10.96.0.0/12 (kubernetes = 10.96.0.1, kube-dns = 10.96.0.10),
 * pod CIDR 10.244.0.0/16 with a /24 per node, domain cluster.local, kube-proxy in iptables mode.
 */
export const DEFAULT_SETTINGS: ClusterSettings = {
  seed: 1,
  serviceCIDR: '10.96.0.0/12',
  clusterCIDR: '10.244.0.0/16',
  clusterDomain: 'cluster.local',
  workerCount: 3,
  proxyMode: 'iptables',
  ipvsScheduler: 'rr',
  kubeVersion: '1.33',
  nodePortRange: { base: 30000, size: 2768 },
  masqueradeAll: false,
  loadBalancerPool: '198.51.100.0/24',
  externalClientIP: '203.0.113.10',
  systemObjects: true,
};

export const MAX_WORKERS = 50;

export function resolveSettings(partial: Partial<ClusterSettings> = {}): ClusterSettings {
  const merged = { ...DEFAULT_SETTINGS, ...partial };
  const workerCount = Math.min(MAX_WORKERS, Math.max(1, Math.floor(merged.workerCount)));
  return { ...merged, workerCount, seed: Math.floor(merged.seed) >>> 0 };
}
