/**
 * Which endpoints a node's kube-proxy uses for a service port (pkg/proxy/topology.go,
 * CategorizeEndpoints and topologyModeFromHints, about v1.33).
 */
import type { ProxyEndpoint } from './service-ports';

export type TopologyMode = '' | 'PreferSameNode' | 'PreferSameZone';

export interface EndpointPolicy {
  readonly usesClusterEndpoints: boolean;
  readonly usesLocalEndpoints: boolean;
}

export interface NodeTopology {
  readonly nodeName: string;
  /** The node's topology.kubernetes.io/zone label; '' when missing. */
  readonly zone: string;
  readonly preferSameTrafficDistribution: boolean;
}

export interface CategorizedEndpoints {
  /** Endpoints for Cluster traffic policy (KUBE-SVC): ready ones, topology-filtered; else serving+terminating. */
  readonly clusterEndpoints: readonly ProxyEndpoint[];
  /** Endpoints for Local traffic policy (KUBE-SVL): local ready ones, else local serving+terminating. */
  readonly localEndpoints: readonly ProxyEndpoint[];
  /** Every endpoint this node may DNAT to (one KUBE-SEP chain each), sorted by "ip:port". */
  readonly allReachableEndpoints: readonly ProxyEndpoint[];
  /** Some endpoint anywhere is usable (ready, or serving and terminating). */
  readonly hasAnyEndpoints: boolean;
  readonly topologyMode: TopologyMode;
}

/**
 * Hints count only when every ready endpoint carries one of the kind; then the mode applies only if
 * some endpoint is hinted for this node (or zone). There is no partial fallback.
 */
export function topologyModeFromHints(endpoints: readonly ProxyEndpoint[], node: NodeTopology): TopologyMode {
  let hasEndpointForNode = false;
  let allHaveNodeHints = true;
  let hasEndpointForZone = false;
  let allHaveZoneHints = true;
  for (const ep of endpoints) {
    if (!ep.ready) continue;
    if (ep.zoneHints.length === 0) allHaveZoneHints = false;
    else if (ep.zoneHints.includes(node.zone)) hasEndpointForZone = true;
    if (ep.nodeHints.length === 0) allHaveNodeHints = false;
    else if (ep.nodeHints.includes(node.nodeName)) hasEndpointForNode = true;
  }
  if (node.preferSameTrafficDistribution && allHaveNodeHints && hasEndpointForNode) return 'PreferSameNode';
  if (allHaveZoneHints && hasEndpointForZone) return 'PreferSameZone';
  return '';
}

function availableForTopology(ep: ProxyEndpoint, mode: TopologyMode, node: NodeTopology): boolean {
  switch (mode) {
    case '':
      return true;
    case 'PreferSameNode':
      return ep.nodeHints.includes(node.nodeName);
    case 'PreferSameZone':
      return ep.zoneHints.includes(node.zone);
  }
}

const isServingTerminating = (ep: ProxyEndpoint): boolean => ep.serving && ep.terminating;

export function categorizeEndpoints(
  endpoints: readonly ProxyEndpoint[],
  policy: EndpointPolicy,
  node: NodeTopology,
): CategorizedEndpoints {
  let clusterEndpoints: readonly ProxyEndpoint[] = [];
  let localEndpoints: readonly ProxyEndpoint[] = [];
  let hasAnyEndpoints = false;
  let topologyMode: TopologyMode = '';

  if (policy.usesClusterEndpoints) {
    topologyMode = topologyModeFromHints(endpoints, node);
    clusterEndpoints = endpoints.filter((ep) => ep.ready && availableForTopology(ep, topologyMode, node));
    // No ready endpoint anywhere (topology never empties the set): fall back to terminating ones still serving.
    if (clusterEndpoints.length === 0) clusterEndpoints = endpoints.filter(isServingTerminating);
    hasAnyEndpoints = clusterEndpoints.length > 0;
  }
  if (!policy.usesLocalEndpoints) {
    return { clusterEndpoints, localEndpoints, allReachableEndpoints: clusterEndpoints, hasAnyEndpoints, topologyMode };
  }

  if (endpoints.some((ep) => ep.ready || isServingTerminating(ep))) hasAnyEndpoints = true;
  const localReady = endpoints.filter((ep) => ep.isLocal && ep.ready);
  localEndpoints = localReady.length > 0 ? localReady : endpoints.filter((ep) => ep.isLocal && isServingTerminating(ep));

  if (!policy.usesClusterEndpoints || localEndpoints.length === 0) {
    const allReachableEndpoints = policy.usesClusterEndpoints ? clusterEndpoints : localEndpoints;
    return { clusterEndpoints, localEndpoints, allReachableEndpoints, hasAnyEndpoints, topologyMode };
  }
  // kube-proxy merges the two sets through a Go map (random order); we sort by "ip:port" instead.
  const merged = new Map<string, ProxyEndpoint>();
  for (const ep of [...clusterEndpoints, ...localEndpoints]) merged.set(ep.endpoint, ep);
  const allReachableEndpoints = [...merged.values()].sort((a, b) => compareStrings(a.endpoint, b.endpoint));
  return { clusterEndpoints, localEndpoints, allReachableEndpoints, hasAnyEndpoints, topologyMode };
}

/** Go's string comparison (byte order), not locale order. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
