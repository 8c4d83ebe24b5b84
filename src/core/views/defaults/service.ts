import type { Service } from '../../model/types';
import { ipFamilyPolicy } from '../kubectl-describe-service';
import { objectMetadata } from './meta';

type Json = Record<string, unknown>;

/** `kubectl get svc -o yaml`: the Service after API defaulting and allocation (clusterIP, nodePorts, policies). */
export function defaultedService(svc: Service, last: number): Json {
  const externalName = svc.type === 'ExternalName';
  const exposed = svc.type === 'NodePort' || svc.type === 'LoadBalancer';
  const policy = ipFamilyPolicy(svc);
  const spec: Json = {
    ...(svc.type === 'LoadBalancer' ? { allocateLoadBalancerNodePorts: svc.allocateLoadBalancerNodePorts } : {}),
    ...(!externalName && svc.clusterIP !== '' ? { clusterIP: svc.clusterIP, clusterIPs: [svc.clusterIP] } : {}),
    ...(svc.externalIPs.length > 0 ? { externalIPs: [...svc.externalIPs] } : {}),
    ...(svc.externalName ? { externalName: svc.externalName } : {}),
    ...(svc.externalTrafficPolicy ? { externalTrafficPolicy: svc.externalTrafficPolicy } : {}),
    ...(svc.healthCheckNodePort !== 0 ? { healthCheckNodePort: svc.healthCheckNodePort } : {}),
    ...(svc.internalTrafficPolicy ? { internalTrafficPolicy: svc.internalTrafficPolicy } : {}),
    ...(policy ? { ipFamilies: ['IPv4'], ipFamilyPolicy: policy } : {}),
    ...(svc.loadBalancerIP ? { loadBalancerIP: svc.loadBalancerIP } : {}),
    ...(svc.loadBalancerSourceRanges.length > 0 ? { loadBalancerSourceRanges: [...svc.loadBalancerSourceRanges] } : {}),
    ...(svc.ports.length > 0
      ? {
          ports: svc.ports.map((p) => ({
            ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}),
            ...(p.name ? { name: p.name } : {}),
            ...(p.nodePort !== 0 && exposed ? { nodePort: p.nodePort } : {}),
            port: p.port,
            protocol: p.protocol,
            targetPort: p.targetPort,
          })),
        }
      : {}),
    ...(svc.publishNotReadyAddresses ? { publishNotReadyAddresses: true } : {}),
    ...(svc.selector !== undefined ? { selector: { ...svc.selector } } : {}),
    sessionAffinity: svc.sessionAffinity,
    ...(svc.sessionAffinity === 'ClientIP' ? { sessionAffinityConfig: { clientIP: { timeoutSeconds: svc.sessionAffinityTimeoutSeconds } } } : {}),
    ...(svc.trafficDistribution ? { trafficDistribution: svc.trafficDistribution } : {}),
    type: svc.type,
  };
  const ingress = svc.loadBalancerIngressIPs.map((ip) => ({ ip, ipMode: 'VIP' }));
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: objectMetadata(svc.meta, last),
    spec,
    status: { loadBalancer: ingress.length > 0 ? { ingress } : {} },
  };
}
