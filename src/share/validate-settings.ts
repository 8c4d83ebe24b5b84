import type { ClusterSettings, ProxyMode } from '../core';
import { boolean, integer, oneOf, record, Refusal, string } from './checks';

/**
 * The cluster settings a scenario may carry, each checked for type and a sane range. The core tolerates
 * odd values (it clamps and reports), but a link should not be able to ask for a billion nodes or smuggle
 * text where an address belongs.
 */
type MutableSettings = { -readonly [K in keyof ClusterSettings]?: ClusterSettings[K] };

const SETTING_KEYS: readonly (keyof ClusterSettings)[] = [
  'seed',
  'serviceCIDR',
  'clusterCIDR',
  'clusterDomain',
  'workerCount',
  'proxyMode',
  'ipvsScheduler',
  'kubeVersion',
  'nodePortRange',
  'masqueradeAll',
  'loadBalancerPool',
  'externalClientIP',
  'systemObjects',
];

const PROXY_MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];
const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
export const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
const CIDR = new RegExp(`^${OCTET}(\\.${OCTET}){3}/(3[0-2]|[12]?\\d)$`);
const DOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
export const MAX_SEED = 0xffff_ffff;
/** resolveSettings clamps to the core's MAX_WORKERS (50); a link asking for more is not one svcscope made. */
const MAX_WORKERS = 50;

export function validateSettings(value: unknown, path: string): Partial<ClusterSettings> {
  const input = record(value, path, SETTING_KEYS);
  const out: MutableSettings = {};
  const at = (key: string): string => `${path}.${key}`;
  if (input.seed !== undefined) out.seed = integer(input.seed, at('seed'), 0, MAX_SEED);
  if (input.serviceCIDR !== undefined)
    out.serviceCIDR = string(input.serviceCIDR, at('serviceCIDR'), { max: 18, pattern: CIDR, expected: 'an IPv4 CIDR such as 10.96.0.0/12' });
  if (input.clusterCIDR !== undefined)
    out.clusterCIDR = string(input.clusterCIDR, at('clusterCIDR'), { max: 18, pattern: CIDR, expected: 'an IPv4 CIDR such as 10.244.0.0/16' });
  if (input.clusterDomain !== undefined)
    out.clusterDomain = string(input.clusterDomain, at('clusterDomain'), { max: 253, pattern: DOMAIN, expected: 'a DNS domain such as cluster.local' });
  if (input.workerCount !== undefined) out.workerCount = integer(input.workerCount, at('workerCount'), 1, MAX_WORKERS);
  if (input.proxyMode !== undefined) out.proxyMode = oneOf(input.proxyMode, at('proxyMode'), PROXY_MODES);
  if (input.ipvsScheduler !== undefined)
    out.ipvsScheduler = string(input.ipvsScheduler, at('ipvsScheduler'), { max: 8, pattern: /^[a-z]+$/, expected: 'an IPVS scheduler name such as rr' });
  if (input.kubeVersion !== undefined)
    out.kubeVersion = string(input.kubeVersion, at('kubeVersion'), { max: 6, pattern: /^1\.\d{1,3}$/, expected: 'a version such as 1.33' });
  if (input.nodePortRange !== undefined) out.nodePortRange = nodePortRange(input.nodePortRange, at('nodePortRange'));
  if (input.masqueradeAll !== undefined) out.masqueradeAll = boolean(input.masqueradeAll, at('masqueradeAll'));
  if (input.loadBalancerPool !== undefined)
    out.loadBalancerPool = string(input.loadBalancerPool, at('loadBalancerPool'), { max: 18, pattern: CIDR, expected: 'an IPv4 CIDR such as 198.51.100.0/24' });
  if (input.externalClientIP !== undefined)
    out.externalClientIP = string(input.externalClientIP, at('externalClientIP'), { max: 15, pattern: IPV4, expected: 'an IPv4 address such as 203.0.113.10' });
  if (input.systemObjects !== undefined) out.systemObjects = boolean(input.systemObjects, at('systemObjects'));
  return out;
}

function nodePortRange(value: unknown, path: string): ClusterSettings['nodePortRange'] {
  const input = record(value, path, ['base', 'size']);
  const base = integer(input.base, `${path}.base`, 1, 65535);
  const size = integer(input.size, `${path}.size`, 1, 65535);
  if (base + size - 1 > 65535) throw new Refusal(`${path} ends past port 65535`);
  return { base, size };
}
