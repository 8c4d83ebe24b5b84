import type { Diagnostic } from '../diagnostics';
import { stableHash } from '../util/hash';
import { formatIPv4, parseCidr, parseIPv4, type Cidr } from '../util/ipv4';
import type { ClusterSettings, Service, ServicePort } from './types';

/**
 * The API server's allocators for clusterIPs, nodePorts and healthCheckNodePorts, plus the simulated
 * cloud's LoadBalancer IPs. User-given values are claimed first (in text order, so the second claimant of
 * a taken value is the one told), then the rest are drawn from the upper ("dynamic") band like the real
 * allocators do (KEP-3070). Draws are seeded per Service name, so editing one Service never moves another.
 */
export interface AllocationContext {
  readonly settings: ClusterSettings;
  readonly diagnostics: Diagnostic[];
  /** Reports a problem with a field of a Service. */
  readonly report: (service: Service, path: string, message: string, hint?: string) => void;
}

type MutablePort = { -readonly [K in keyof ServicePort]: ServicePort[K] };

/** calculateRangeOffset: min(max(min, size/divisor), max), and no static band at all for ranges of `min` or fewer. */
export function staticBandSize(size: number, min: number, max: number, divisor: number): number {
  if (size <= min) return 0;
  return Math.min(Math.max(min, Math.floor(size / divisor)), max);
}

class Pool {
  private readonly taken = new Set<number>();
  constructor(
    readonly first: number,
    readonly count: number,
    private readonly staticBand: number,
  ) {}
  has(value: number): boolean {
    return this.taken.has(value);
  }
  inRange(value: number): boolean {
    return value >= this.first && value < this.first + this.count;
  }
  claim(value: number): void {
    this.taken.add(value);
  }
  /** Uniform over the upper band first, then the lower band, with linear probing from a seeded start. */
  draw(hash: number): number | undefined {
    const bands: [number, number][] = [
      [this.first + this.staticBand, this.count - this.staticBand],
      [this.first, this.staticBand],
    ];
    for (const [start, size] of bands) {
      if (size <= 0) continue;
      const offset = hash % size;
      for (let i = 0; i < size; i++) {
        const candidate = start + ((offset + i) % size);
        if (!this.taken.has(candidate)) {
          this.taken.add(candidate);
          return candidate;
        }
      }
    }
    return undefined;
  }
}

export function serviceIPPool(settings: ClusterSettings): { cidr: Cidr; pool: Pool } | undefined {
  const cidr = parseCidr(settings.serviceCIDR);
  if (!cidr || cidr.size < 8) return undefined;
  // Network and broadcast addresses are never allocated. (Only IPv6 ranges are capped at 2^16; an IPv4
  // /12 hands out addresses across all of 10.96.0.0-10.111.255.255.)
  const count = cidr.size - 2;
  return { cidr, pool: new Pool(cidr.base + 1, count, staticBandSize(cidr.size, 16, 256, 16)) };
}

export function allocateServices(services: Service[], ctx: AllocationContext): Service[] {
  const { settings } = ctx;
  const ipPool = serviceIPPool(settings);
  const range = settings.nodePortRange;
  const portPool = new Pool(range.base, range.size, staticBandSize(range.size, 16, 128, 32));
  const rangeText = `${range.base}-${range.base + range.size - 1}`;
  const out: Service[] = services.map((s) => ({ ...s, ports: s.ports.map((p) => ({ ...p })) }));
  // Like the API server, a Service whose allocation fails is not created at all.
  const rejected = new Set<string>();
  const report = (svc: Service, path: string, message: string, hint?: string): void => {
    rejected.add(`${svc.meta.namespace}/${svc.meta.name}`);
    ctx.report(svc, path, message, hint);
  };
  const mutablePorts = out.map((s) => s.ports as MutablePort[]);

  // Pass 1: claims written by the user.
  out.forEach((svc, si) => {
    if (svc.clusterIP && svc.clusterIP !== 'None' && ipPool) {
      const ip = parseIPv4(svc.clusterIP);
      if (ip !== undefined && !ipPool.pool.inRange(ip)) {
        report(svc, 'spec.clusterIPs', `Invalid value: ["${svc.clusterIP}"]: failed to allocate IP ${svc.clusterIP}: the provided IP (${svc.clusterIP}) is not in the valid range. The range of valid IPs is ${settings.serviceCIDR}`, `Pick an address inside ${settings.serviceCIDR}, or remove clusterIP to get one allocated.`);
        out[si] = { ...svc, clusterIP: '' };
      } else if (ip !== undefined && ipPool.pool.has(ip)) {
        report(svc, 'spec.clusterIPs', `Invalid value: ["${svc.clusterIP}"]: failed to allocate IP ${svc.clusterIP}: provided IP is already allocated`, 'Another Service already has this clusterIP; remove the field to get a free one.');
        out[si] = { ...svc, clusterIP: '' };
      } else if (ip !== undefined) ipPool.pool.claim(ip);
    }
    const seen = new Map<number, number>();
    mutablePorts[si]?.forEach((port, pi) => {
      if (!port.nodePort) return;
      const path = `spec.ports.${pi}.nodePort`;
      if (!portPool.inRange(port.nodePort)) {
        report(svc, path, `Invalid value: ${port.nodePort}: provided port is not in the valid range. The range of valid ports is ${rangeText}`, `Use a nodePort between ${rangeText}, or remove it to get one allocated.`);
        port.nodePort = 0;
      } else if (portPool.has(port.nodePort) && seen.get(port.port) !== port.nodePort) {
        report(svc, path, `Invalid value: ${port.nodePort}: provided port is already allocated`, 'Another Service uses this nodePort; pick another or remove it.');
        port.nodePort = 0;
      } else {
        portPool.claim(port.nodePort);
        seen.set(port.port, port.nodePort);
      }
    });
    if (svc.healthCheckNodePort) {
      if (!portPool.inRange(svc.healthCheckNodePort) || portPool.has(svc.healthCheckNodePort)) {
        report(svc, 'spec.healthCheckNodePort', `Invalid value: ${svc.healthCheckNodePort}: provided port is not in the valid range or is already allocated. The range of valid ports is ${rangeText}`);
        out[si] = { ...(out[si] as Service), healthCheckNodePort: 0 };
      } else portPool.claim(svc.healthCheckNodePort);
    }
  });

  // Pass 2: draws.
  out.forEach((svc, si) => {
    const key = `${svc.meta.namespace}/${svc.meta.name}`;
    let current = svc;
    if (current.type !== 'ExternalName' && current.clusterIP === '' && ipPool) {
      const drawn = ipPool.pool.draw(stableHash(settings.seed, 'clusterIP', key));
      current = { ...current, clusterIP: drawn === undefined ? '' : formatIPv4(drawn) };
      if (drawn === undefined) report(svc, 'spec.clusterIP', `Internal error occurred: failed to allocate a serviceIP: range is full`, `Widen the service CIDR (${settings.serviceCIDR}).`);
    }
    const wantsNodePorts = current.type === 'NodePort' || (current.type === 'LoadBalancer' && current.allocateLoadBalancerNodePorts);
    if (wantsNodePorts) {
      // Ports that share a number across protocols share one nodePort, the one the user gave to any of them
      // (findRequestedNodePort), else one drawn for the first.
      const byPort = new Map<number, number>();
      for (const port of mutablePorts[si] ?? []) if (port.nodePort && !byPort.has(port.port)) byPort.set(port.port, port.nodePort);
      mutablePorts[si]?.forEach((port) => {
        if (port.nodePort) return;
        const shared = byPort.get(port.port);
        const drawn = shared ?? portPool.draw(stableHash(settings.seed, 'nodePort', key, port.name, port.protocol, port.port));
        port.nodePort = drawn ?? 0;
        if (drawn !== undefined) byPort.set(port.port, drawn);
      });
    }
    if (current.type === 'LoadBalancer' && current.externalTrafficPolicy === 'Local' && !current.healthCheckNodePort) {
      current = { ...current, healthCheckNodePort: portPool.draw(stableHash(settings.seed, 'healthCheckNodePort', key)) ?? 0 };
    }
    out[si] = { ...current, ports: mutablePorts[si] ?? current.ports };
  });
  const kept = out.filter((s) => !rejected.has(`${s.meta.namespace}/${s.meta.name}`));
  return assignLoadBalancerIPs(kept, settings);
}

/** The simulated cloud: status.loadBalancer.ingress as given, else spec.loadBalancerIP, else one from the pool. */
function assignLoadBalancerIPs(services: Service[], settings: ClusterSettings): Service[] {
  const pool = parseCidr(settings.loadBalancerPool);
  const taken = new Set<string>(services.flatMap((s) => [...s.loadBalancerIngressIPs, ...(s.loadBalancerIP ? [s.loadBalancerIP] : [])]));
  return services.map((svc) => {
    if (svc.type !== 'LoadBalancer' || svc.loadBalancerIngressIPs.length > 0) return svc;
    if (svc.loadBalancerIP) return { ...svc, loadBalancerIngressIPs: [svc.loadBalancerIP] };
    if (!pool || pool.size < 4) return svc;
    const usable = pool.size - 2;
    const start = stableHash(settings.seed, 'lb', svc.meta.namespace, svc.meta.name) % usable;
    for (let i = 0; i < usable; i++) {
      const ip = formatIPv4(pool.base + 1 + ((start + i) % usable));
      if (!taken.has(ip)) {
        taken.add(ip);
        return { ...svc, loadBalancerIngressIPs: [ip] };
      }
    }
    return svc;
  });
}
