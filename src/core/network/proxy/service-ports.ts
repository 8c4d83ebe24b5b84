/**
 * kube-proxy's view of the cluster from one node: its service map (one entry per proxied service
 * port) with that port's endpoints from the EndpointSlices, categorised for this node, and the
 * per-port decisions of syncProxyRules (§1.3) that every data path (iptables, IPVS, nftables) shares.
 */
import type { Cluster, EndpointSlice, Protocol, Service, ServicePort } from '../../model/types';
import { categorizeEndpoints, compareStrings, type CategorizedEndpoints } from './categorize';
import { servicePortNameString, type ServicePortNameParts } from './hash';
import { formatCidr, ipInCidr, isIPv4, parseCidr } from '../../util/ipv4';
import { resolveProxyOptions, type ProxyOptions, type ResolvedProxyOptions } from './options';
import { decideServicePort, type ServicePortDecisions, type TrafficPolicyFacts } from './decisions';

export interface ProxyEndpoint {
  readonly ip: string;
  readonly port: number;
  /** "ip:port" (net.JoinHostPort): the sort key, the SEP hash input and the DNAT target. */
  readonly endpoint: string;
  readonly nodeName?: string;
  readonly zone?: string;
  /** On the node this view is for. */
  readonly isLocal: boolean;
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
  readonly zoneHints: readonly string[];
  readonly nodeHints: readonly string[];
}

export interface ProxiedServicePort extends ServicePortNameParts {
  readonly service: Service;
  readonly servicePort: ServicePort;
  /** ServicePortName.String() for this kube-proxy version: the hash input and the comment text. */
  readonly spn: string;
  readonly protocol: Protocol;
  /** Lower-case protocol, as it appears in rules. */
  readonly proto: 'tcp' | 'udp' | 'sctp';
  readonly clusterIP: string;
  readonly port: number;
  readonly nodePort: number;
  /** Only for type LoadBalancer with externalTrafficPolicy Local (apiservice.NeedsHealthCheck). */
  readonly healthCheckNodePort: number;
  readonly externalIPs: readonly string[];
  readonly loadBalancerIPs: readonly string[];
  /** Normalised CIDRs ("203.0.113.0/24"). */
  readonly loadBalancerSourceRanges: readonly string[];
  /** Set for sessionAffinity ClientIP. */
  readonly stickyMaxAgeSeconds: number | undefined;
  /** Every endpoint of the port, deduplicated and sorted by the string "ip:port". */
  readonly endpoints: readonly ProxyEndpoint[];
  readonly categorized: CategorizedEndpoints;
  readonly decisions: ServicePortDecisions;
}

export interface ProxyView {
  readonly nodeName: string;
  readonly nodeIP: string;
  readonly zone: string;
  readonly options: ResolvedProxyOptions;
  /**
   * Sorted by "namespace/name", then by the Service's port order. Real kube-proxy walks a Go map
   * (random order, different on every sync); we sort as Kubernetes' own tests do, so output is stable.
   */
  readonly servicePorts: readonly ProxiedServicePort[];
  /** Endpoints of all proxied ports (ready or not): over 1000 switches iptables to large-cluster mode. */
  readonly totalEndpoints: number;
}

/** kube-proxy skips headless ("None") and unallocated ("") clusterIPs, ExternalName, and other families. */
export function isProxiedService(service: Service): boolean {
  return service.type !== 'ExternalName' && isIPv4(service.clusterIP);
}

function endpointsForPort(slices: readonly EndpointSlice[], port: ServicePort, nodeName: string): ProxyEndpoint[] {
  const byEndpoint = new Map<string, ProxyEndpoint>();
  for (const slice of slices) {
    for (const slicePort of slice.ports) {
      if (slicePort.name !== port.name || slicePort.protocol !== port.protocol || !(slicePort.port > 0)) continue;
      for (const ep of slice.endpoints) {
        const ip = ep.addresses[0]; // kube-proxy only ever uses the first address
        if (ip === undefined || !isIPv4(ip)) continue;
        const isLocal = ep.nodeName !== undefined && ep.nodeName === nodeName;
        const endpoint = `${ip}:${slicePort.port}`;
        // Overlapping slices: the first wins, except that a local copy is preferred.
        if (byEndpoint.has(endpoint) && !isLocal) continue;
        byEndpoint.set(endpoint, {
          ip,
          port: slicePort.port,
          endpoint,
          ...(ep.nodeName === undefined ? {} : { nodeName: ep.nodeName }),
          ...(ep.zone === undefined ? {} : { zone: ep.zone }),
          isLocal,
          ready: ep.conditions.ready,
          serving: ep.conditions.serving,
          terminating: ep.conditions.terminating,
          zoneHints: ep.hints?.forZones ?? [],
          nodeHints: ep.hints?.forNodes ?? [],
        });
      }
    }
  }
  return [...byEndpoint.values()].sort((a, b) => compareStrings(a.endpoint, b.endpoint));
}

/** kube-proxy trims each range and parses it as a CIDR (skipping what does not parse), printing it masked. */
function normaliseRanges(ranges: readonly string[]): string[] {
  return ranges.flatMap((text) => {
    const cidr = parseCidr(text);
    return cidr ? [formatCidr(cidr)] : [];
  });
}

export function buildProxyView(cluster: Cluster, nodeName: string, overrides: Partial<ProxyOptions> = {}): ProxyView {
  const options = resolveProxyOptions(cluster, overrides);
  const node = cluster.nodes.find((n) => n.name === nodeName);
  const nodeIP = node?.internalIP ?? '';
  const topology = { nodeName, zone: node?.zone ?? '', preferSameTrafficDistribution: options.preferSameTrafficDistribution };
  const services = cluster.services
    .filter(isProxiedService)
    .sort((a, b) => compareStrings(`${a.meta.namespace}/${a.meta.name}`, `${b.meta.namespace}/${b.meta.name}`));

  const servicePorts: ProxiedServicePort[] = [];
  let totalEndpoints = 0;
  for (const service of services) {
    const slices = cluster.endpointSlices.filter(
      (s) => s.meta.namespace === service.meta.namespace && s.serviceName === service.meta.name && s.addressType === 'IPv4',
    );
    for (const servicePort of service.ports) {
      const parts = { namespace: service.meta.namespace, name: service.meta.name, portName: servicePort.name };
      const endpoints = endpointsForPort(slices, servicePort, nodeName);
      totalEndpoints += endpoints.length;
      const base = {
        ...parts,
        service,
        servicePort,
        spn: servicePortNameString(parts, options.unnamedPortColon),
        protocol: servicePort.protocol,
        proto: servicePort.protocol.toLowerCase() as ProxiedServicePort['proto'],
        clusterIP: service.clusterIP,
        port: servicePort.port,
        nodePort: servicePort.nodePort,
        healthCheckNodePort:
          service.type === 'LoadBalancer' && service.externalTrafficPolicy === 'Local' ? service.healthCheckNodePort : 0,
        externalIPs: service.externalIPs.filter(isIPv4),
        loadBalancerIPs: service.loadBalancerIngressIPs.filter(isIPv4),
        loadBalancerSourceRanges: normaliseRanges(service.loadBalancerSourceRanges),
        stickyMaxAgeSeconds: service.sessionAffinity === 'ClientIP' ? service.sessionAffinityTimeoutSeconds : undefined,
        endpoints,
      };
      const policy = policyOf(base);
      const categorized = categorizeEndpoints(endpoints, policy, topology);
      servicePorts.push({ ...base, categorized, decisions: decideServicePort(base, policy, categorized) });
    }
  }
  return { nodeName, nodeIP, zone: topology.zone, options, servicePorts, totalEndpoints };
}

/** Service-level traffic-policy facts (apiservice.ExternalPolicyLocal / InternalPolicyLocal). */
export function policyOf(
  port: Pick<ProxiedServicePort, 'service' | 'nodePort' | 'externalIPs' | 'loadBalancerIPs'>,
): TrafficPolicyFacts {
  const { service } = port;
  const internalPolicyLocal = service.internalTrafficPolicy === 'Local';
  const externalPolicyLocal =
    (service.type === 'NodePort' || service.type === 'LoadBalancer') && service.externalTrafficPolicy === 'Local';
  const externallyAccessible = port.nodePort !== 0 || port.loadBalancerIPs.length > 0 || port.externalIPs.length > 0;
  return {
    internalPolicyLocal,
    externalPolicyLocal,
    externallyAccessible,
    usesClusterEndpoints: !internalPolicyLocal || externallyAccessible,
    usesLocalEndpoints: internalPolicyLocal || (externalPolicyLocal && externallyAccessible),
  };
}

/** Whether a source range of an LB service contains this node's IP (then the LB IPs may be sources too). */
export function rangesContainNode(port: ProxiedServicePort, nodeIP: string): boolean {
  return port.loadBalancerSourceRanges.some((range) => ipInCidr(nodeIP, range));
}
