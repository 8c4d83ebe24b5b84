import type { ClusterSettings, ProxyMode } from '../core/index';

/** Cluster settings shared by every command, as long options. */
export const SETTINGS_OPTIONS = {
  seed: { type: 'string' },
  workers: { type: 'string' },
  'service-cidr': { type: 'string' },
  'cluster-cidr': { type: 'string' },
  'cluster-domain': { type: 'string' },
  mode: { type: 'string' },
  'kube-version': { type: 'string' },
  'ipvs-scheduler': { type: 'string' },
  'masquerade-all': { type: 'boolean' },
  'client-ip': { type: 'string' },
} as const;

export class UsageError extends Error {}

const MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];

function integer(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, not "${value}"`);
  return Number(value);
}

export function settingsFromFlags(values: Record<string, string | boolean | undefined>): Partial<ClusterSettings> {
  const out: { -readonly [K in keyof ClusterSettings]?: ClusterSettings[K] } = {};
  const str = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const seed = str('seed');
  if (seed !== undefined) out.seed = integer('seed', seed);
  const workers = str('workers');
  if (workers !== undefined) out.workerCount = integer('workers', workers);
  const serviceCIDR = str('service-cidr');
  if (serviceCIDR) out.serviceCIDR = serviceCIDR;
  const clusterCIDR = str('cluster-cidr');
  if (clusterCIDR) out.clusterCIDR = clusterCIDR;
  const domain = str('cluster-domain');
  if (domain) out.clusterDomain = domain.replace(/\.$/, '');
  const mode = str('mode');
  if (mode !== undefined) {
    const known = MODES.find((m) => m === mode);
    if (!known) throw new UsageError(`--mode is one of ${MODES.join(', ')}, not "${mode}"`);
    out.proxyMode = known;
  }
  const version = str('kube-version');
  if (version !== undefined) {
    if (!/^1\.\d+$/.test(version)) throw new UsageError(`--kube-version looks like 1.33, not "${version}"`);
    out.kubeVersion = version;
  }
  const scheduler = str('ipvs-scheduler');
  if (scheduler) out.ipvsScheduler = scheduler;
  if (values['masquerade-all'] === true) out.masqueradeAll = true;
  const clientIP = str('client-ip');
  if (clientIP) out.externalClientIP = clientIP;
  return out;
}
