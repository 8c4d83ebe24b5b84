/**
 * The per-service-port variables of syncProxyRules (§1.3). They decide which chains exist and
 * what happens to traffic when endpoints are missing, in every proxy mode.
 */
import type { CategorizedEndpoints } from './categorize';

export type PolicyChainKind = 'SVC' | 'SVL';

export interface TrafficPolicyFacts {
  readonly internalPolicyLocal: boolean;
  readonly externalPolicyLocal: boolean;
  readonly externallyAccessible: boolean;
  readonly usesClusterEndpoints: boolean;
  readonly usesLocalEndpoints: boolean;
}

/** What the filter table does with traffic that has nowhere to go. */
export interface MissingEndpointsFilter {
  readonly target: 'REJECT' | 'DROP';
  /** "has no endpoints" (REJECT) or "has no local endpoints" (DROP), appended to the port name. */
  readonly reason: 'has no endpoints' | 'has no local endpoints';
}

export interface ServicePortDecisions extends TrafficPolicyFacts {
  readonly hasEndpoints: boolean;
  readonly internalPolicyChain: PolicyChainKind;
  readonly hasInternalEndpoints: boolean;
  readonly externalPolicyChain: PolicyChainKind;
  readonly hasExternalEndpoints: boolean;
  /** KUBE-EXT exists: needed for local short-circuits even when no endpoint serves external traffic. */
  readonly usesExternalTrafficChain: boolean;
  /** KUBE-FW exists (iptables): endpoints, LB IPs and loadBalancerSourceRanges. */
  readonly usesFWChain: boolean;
  readonly usesClusterPolicyChain: boolean;
  readonly usesLocalPolicyChain: boolean;
  readonly internalFilter: MissingEndpointsFilter | undefined;
  readonly externalFilter: MissingEndpointsFilter | undefined;
}

interface PortFacts {
  readonly loadBalancerIPs: readonly string[];
  readonly loadBalancerSourceRanges: readonly string[];
}

export function decideServicePort(
  port: PortFacts,
  policy: TrafficPolicyFacts,
  categorized: CategorizedEndpoints,
): ServicePortDecisions {
  const hasEndpoints = categorized.hasAnyEndpoints;
  const noLocal = categorized.localEndpoints.length === 0;
  const hasInternalEndpoints = hasEndpoints && !(policy.internalPolicyLocal && noLocal);
  const hasExternalEndpoints = hasEndpoints && !(policy.externalPolicyLocal && noLocal);
  const reject: MissingEndpointsFilter = { target: 'REJECT', reason: 'has no endpoints' };
  const drop: MissingEndpointsFilter = { target: 'DROP', reason: 'has no local endpoints' };
  return {
    ...policy,
    hasEndpoints,
    internalPolicyChain: policy.internalPolicyLocal ? 'SVL' : 'SVC',
    hasInternalEndpoints,
    externalPolicyChain: policy.externalPolicyLocal ? 'SVL' : 'SVC',
    hasExternalEndpoints,
    usesExternalTrafficChain: hasEndpoints && policy.externallyAccessible,
    usesFWChain: hasEndpoints && port.loadBalancerIPs.length > 0 && port.loadBalancerSourceRanges.length > 0,
    usesClusterPolicyChain: categorized.clusterEndpoints.length > 0 && policy.usesClusterEndpoints,
    usesLocalPolicyChain: categorized.localEndpoints.length > 0 && policy.usesLocalEndpoints,
    internalFilter: !hasEndpoints ? reject : hasInternalEndpoints ? undefined : drop,
    externalFilter: !hasEndpoints ? reject : hasExternalEndpoints ? undefined : drop,
  };
}
