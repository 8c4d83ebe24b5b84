/**
 * kube-proxy's IPVS mode (pkg/proxy/ipvs, v1.28; deprecated in v1.35): one virtual server per
 * service address and port, real servers in NAT ("Masq") mode with weight 1, and the ipsets its few
 * iptables rules match against. `ipvsadm -Ln` text as §2.1 shows it.
 */
import type { Cluster } from '../../model/types';
import { compareStrings } from './categorize';
import { parseIPv4 } from '../../util/ipv4';
import type { ProxyOptions } from './options';
import { buildProxyView, type ProxiedServicePort, type ProxyEndpoint, type ProxyView } from './service-ports';

export type VirtualServerKind = 'clusterIP' | 'externalIP' | 'loadBalancer' | 'nodePort';

export interface RealServer {
  readonly ip: string;
  readonly port: number;
  readonly forward: 'Masq';
  readonly weight: number;
  readonly activeConnections: number;
  readonly inactiveConnections: number;
}

export interface VirtualServer {
  /** "TCP/10.96.0.1:443": unique per node, the key of the connection-count input. */
  readonly id: string;
  readonly kind: VirtualServerKind;
  readonly protocol: 'TCP' | 'UDP' | 'SCTP';
  readonly address: string;
  readonly port: number;
  readonly scheduler: string;
  /** ClientIP affinity: IPVS persistence with this timeout. */
  readonly persistentTimeoutSeconds?: number;
  /** The mh scheduler gets IP_VS_SVC_F_SCHED2 ("mh-port"). */
  readonly flags: readonly string[];
  readonly servicePortName: string;
  /** Empty when the Service has no usable endpoints: connections are not answered. */
  readonly realServers: readonly RealServer[];
}

export interface IpvsIpset {
  readonly name: string;
  readonly type: 'hash:ip,port' | 'hash:ip,port,ip' | 'hash:ip,port,net' | 'bitmap:port';
  readonly comment: string;
  readonly entries: readonly string[];
}

export interface IpvsState {
  readonly nodeName: string;
  readonly virtualServers: readonly VirtualServer[];
  /** Addresses bound to the kube-ipvs0 dummy interface (/32 each) so the node accepts them. */
  readonly dummyInterfaceAddresses: readonly string[];
  readonly ipsets: readonly IpvsIpset[];
  /** The iptables chains IPVS mode still uses; there are no per-service chains. */
  readonly iptablesChains: { readonly nat: readonly string[]; readonly filter: readonly string[] };
}

/** Connection counts per virtual server id and real server "ip:port", filled by the traffic simulation. */
export type ConnectionCounts = ReadonlyMap<string, ReadonlyMap<string, { active: number; inactive: number }>>;

const DEFAULT_SCHEDULER = 'rr';

const compareIPv4 = (a: string, b: string): number => (parseIPv4(a) ?? 0) - (parseIPv4(b) ?? 0);

const IPSET_COMMENTS: Readonly<Record<string, string>> = {
  'KUBE-CLUSTER-IP': 'Kubernetes service cluster ip + port for masquerade purpose',
  'KUBE-LOOP-BACK': 'Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose',
  'KUBE-EXTERNAL-IP': 'Kubernetes service external ip + port for masquerade and filter purpose',
  'KUBE-EXTERNAL-IP-LOCAL': 'Kubernetes service external ip + port with externalTrafficPolicy=local',
  'KUBE-LOAD-BALANCER': 'Kubernetes service lb portal',
  'KUBE-LOAD-BALANCER-LOCAL': 'Kubernetes service load balancer ip + port with externalTrafficPolicy=local',
  'KUBE-LOAD-BALANCER-FW': 'Kubernetes service load balancer ip + port for load balancer with sourceRange',
  'KUBE-LOAD-BALANCER-SOURCE-CIDR': 'Kubernetes service load balancer ip + port + source cidr for packet filter purpose',
  'KUBE-LOAD-BALANCER-SOURCE-IP': 'Kubernetes service load balancer ip + port + source IP for packet filter purpose',
  'KUBE-NODE-PORT-TCP': 'Kubernetes nodeport TCP port for masquerade purpose',
  'KUBE-NODE-PORT-LOCAL-TCP': 'Kubernetes nodeport TCP port with externalTrafficPolicy=local',
  'KUBE-NODE-PORT-UDP': 'Kubernetes nodeport UDP port for masquerade purpose',
  'KUBE-NODE-PORT-LOCAL-UDP': 'Kubernetes nodeport UDP port with externalTrafficPolicy=local',
  'KUBE-NODE-PORT-SCTP-HASH': 'Kubernetes nodeport SCTP port for masquerade purpose with type \'hash ip:port\'',
  'KUBE-NODE-PORT-LOCAL-SCTP-HASH': 'Kubernetes nodeport SCTP port with externalTrafficPolicy=local with type \'hash ip:port\'',
  'KUBE-HEALTH-CHECK-NODE-PORT': 'Kubernetes health check node port',
};

function ipsetType(name: string): IpvsIpset['type'] {
  if (name === 'KUBE-LOOP-BACK') return 'hash:ip,port,ip';
  if (name === 'KUBE-LOAD-BALANCER-SOURCE-CIDR') return 'hash:ip,port,net';
  if (name.endsWith('-TCP') || name.endsWith('-UDP') || name === 'KUBE-HEALTH-CHECK-NODE-PORT') return 'bitmap:port';
  return 'hash:ip,port';
}

function realServersFor(endpoints: readonly ProxyEndpoint[], vsId: string, counts: ConnectionCounts): RealServer[] {
  return endpoints.map((ep) => {
    const c = counts.get(vsId)?.get(ep.endpoint);
    return { ip: ep.ip, port: ep.port, forward: 'Masq', weight: 1, activeConnections: c?.active ?? 0, inactiveConnections: c?.inactive ?? 0 };
  });
}

function virtualServersFor(port: ProxiedServicePort, view: ProxyView, scheduler: string, counts: ConnectionCounts): VirtualServer[] {
  const { clusterEndpoints, localEndpoints } = port.categorized;
  const d = port.decisions;
  // Like syncEndpoint: Local policy serves only this node's endpoints, Cluster policy the cluster set.
  const internal = d.internalPolicyLocal ? localEndpoints : clusterEndpoints;
  const external = d.externalPolicyLocal ? localEndpoints : clusterEndpoints;
  const make = (kind: VirtualServerKind, address: string, vsPort: number, eps: readonly ProxyEndpoint[]): VirtualServer => {
    const id = `${port.protocol}/${address}:${vsPort}`;
    return {
      id,
      kind,
      protocol: port.protocol,
      address,
      port: vsPort,
      scheduler,
      ...(port.stickyMaxAgeSeconds === undefined ? {} : { persistentTimeoutSeconds: port.stickyMaxAgeSeconds }),
      flags: scheduler === 'mh' ? ['mh-port'] : [],
      servicePortName: port.spn,
      realServers: realServersFor(eps, id, counts),
    };
  };
  const servers = [make('clusterIP', port.clusterIP, port.port, internal)];
  for (const ip of port.externalIPs) servers.push(make('externalIP', ip, port.port, external));
  for (const ip of port.loadBalancerIPs) servers.push(make('loadBalancer', ip, port.port, external));
  if (port.nodePort !== 0 && view.nodeIP !== '') servers.push(make('nodePort', view.nodeIP, port.nodePort, external));
  return servers;
}

function collectIpsets(view: ProxyView): IpvsIpset[] {
  const sets = new Map<string, Set<string>>(Object.keys(IPSET_COMMENTS).map((name) => [name, new Set<string>()]));
  const add = (name: string, entry: string): void => void sets.get(name)?.add(entry);
  for (const port of view.servicePorts) {
    const key = (ip: string) => `${ip},${port.proto}:${port.port}`;
    const local = port.decisions.externalPolicyLocal;
    add('KUBE-CLUSTER-IP', key(port.clusterIP));
    for (const ep of port.endpoints) if (ep.isLocal) add('KUBE-LOOP-BACK', `${ep.ip},${port.proto}:${ep.port},${ep.ip}`);
    for (const ip of port.externalIPs) add(local ? 'KUBE-EXTERNAL-IP-LOCAL' : 'KUBE-EXTERNAL-IP', key(ip));
    for (const ip of port.loadBalancerIPs) {
      add('KUBE-LOAD-BALANCER', key(ip));
      if (local) add('KUBE-LOAD-BALANCER-LOCAL', key(ip));
      if (port.loadBalancerSourceRanges.length > 0) {
        add('KUBE-LOAD-BALANCER-FW', key(ip));
        for (const range of port.loadBalancerSourceRanges) add('KUBE-LOAD-BALANCER-SOURCE-CIDR', `${key(ip)},${range}`);
      }
    }
    if (port.nodePort !== 0) {
      const proto = port.protocol === 'SCTP' ? 'SCTP-HASH' : port.protocol;
      const entry = port.protocol === 'SCTP' ? `${view.nodeIP},sctp:${port.nodePort}` : String(port.nodePort);
      add(`KUBE-NODE-PORT-${proto}`, entry);
      if (local) add(`KUBE-NODE-PORT-LOCAL-${proto}`, entry);
    }
    if (port.healthCheckNodePort !== 0) add('KUBE-HEALTH-CHECK-NODE-PORT', String(port.healthCheckNodePort));
  }
  return [...sets].map(([name, entries]) => ({
    name,
    type: ipsetType(name),
    comment: IPSET_COMMENTS[name] ?? '',
    entries: [...entries].sort(compareStrings),
  }));
}

/** ipvsadm sorts services by protocol number, then address, then port; destinations by address, port. */
const PROTOCOL_NUMBER = { TCP: 6, UDP: 17, SCTP: 132 } as const;

export function buildIpvsFromView(view: ProxyView, counts: ConnectionCounts = new Map()): IpvsState {
  const scheduler = view.options.ipvsScheduler || DEFAULT_SCHEDULER;
  const virtualServers = view.servicePorts
    .flatMap((port) => virtualServersFor(port, view, scheduler, counts))
    .map((vs) => ({ ...vs, realServers: [...vs.realServers].sort((a, b) => compareIPv4(a.ip, b.ip) || a.port - b.port) }))
    .sort(
      (a, b) => PROTOCOL_NUMBER[a.protocol] - PROTOCOL_NUMBER[b.protocol] || compareIPv4(a.address, b.address) || a.port - b.port,
    );
  const bound = new Set(virtualServers.filter((vs) => vs.kind !== 'nodePort').map((vs) => vs.address));
  return {
    nodeName: view.nodeName,
    virtualServers,
    dummyInterfaceAddresses: [...bound].sort(compareIPv4),
    ipsets: collectIpsets(view),
    iptablesChains: {
      nat: ['KUBE-SERVICES', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ', 'KUBE-NODE-PORT', 'KUBE-LOAD-BALANCER'],
      filter: ['KUBE-FORWARD', 'KUBE-NODE-PORT', 'KUBE-PROXY-FIREWALL', 'KUBE-SOURCE-RANGES-FIREWALL', 'KUBE-IPVS-FILTER'],
    },
  };
}

export function buildIpvs(
  cluster: Cluster,
  nodeName: string,
  options: Partial<ProxyOptions> = {},
  counts: ConnectionCounts = new Map(),
): IpvsState {
  return buildIpvsFromView(buildProxyView(cluster, nodeName, options), counts);
}

/**
 * `ipvsadm -Ln` with ipvsadm's column widths. ipvsadm pads the last column too; like the listing in
 * §2.1 we drop those trailing spaces, which nobody can see and every copy-paste loses.
 */
export function renderIpvsadm(state: IpvsState): string {
  const lines = [
    'IP Virtual Server version 1.2.1 (size=4096)',
    'Prot LocalAddress:Port Scheduler Flags',
    '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
  ];
  for (const vs of state.virtualServers) {
    const flags = vs.flags.length > 0 ? ` ${vs.flags.join(',')}` : '';
    const persistent = vs.persistentTimeoutSeconds === undefined ? '' : ` persistent ${vs.persistentTimeoutSeconds}`;
    lines.push(`${vs.protocol}  ${vs.address}:${vs.port} ${vs.scheduler}${flags}${persistent}`);
    for (const rs of vs.realServers) {
      const cols = [`${rs.ip}:${rs.port}`.padEnd(28), rs.forward.padEnd(7), String(rs.weight).padEnd(6), String(rs.activeConnections).padEnd(10), String(rs.inactiveConnections).padEnd(10)];
      lines.push(`  -> ${cols.join(' ')}`.trimEnd());
    }
  }
  return `${lines.join('\n')}\n`;
}
