import { nthAddress, parseCidr } from '../util/ipv4';
import { generatedMeta } from './read/meta';
import type { ClusterSettings, Endpoints, EndpointSlice, Node, Service, Workload } from './types';

/**
 * What every kubeadm cluster has before anything is applied: default/kubernetes (the first address of the
 * service CIDR, port https 443 → the API server on the control plane at 6443) and kube-system/kube-dns
 * (the tenth address, CoreDNS's ports), with two CoreDNS pods. Marked `system` so views can hide them.
 */
export function kubernetesService(settings: ClusterSettings): Service {
  const cidr = parseCidr(settings.serviceCIDR);
  return {
    ...baseService('kubernetes', 'default', { component: 'apiserver', provider: 'kubernetes' }),
    clusterIP: cidr ? nthAddress(cidr, 1) : '',
    ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443, nodePort: 0 }],
    selector: undefined,
  };
}

export function kubeDnsService(settings: ClusterSettings): Service {
  const cidr = parseCidr(settings.serviceCIDR);
  return {
    ...baseService('kube-dns', 'kube-system', { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }),
    clusterIP: cidr ? nthAddress(cidr, 10) : '',
    ports: [
      { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53, nodePort: 0 },
      { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53, nodePort: 0 },
      { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153, nodePort: 0 },
    ],
    selector: { 'k8s-app': 'kube-dns' },
  };
}

function baseService(name: string, namespace: string, labels: Record<string, string>): Omit<Service, 'clusterIP' | 'ports' | 'selector'> {
  return {
    meta: generatedMeta(name, namespace, labels, -1, true),
    type: 'ClusterIP',
    sessionAffinity: 'None',
    sessionAffinityTimeoutSeconds: 10800,
    internalTrafficPolicy: 'Cluster',
    healthCheckNodePort: 0,
    externalIPs: [],
    loadBalancerSourceRanges: [],
    loadBalancerIngressIPs: [],
    allocateLoadBalancerNodePorts: false,
    publishNotReadyAddresses: false,
  };
}

export function coreDnsDeployment(): Workload {
  const labels = { 'k8s-app': 'kube-dns' };
  return {
    meta: generatedMeta('coredns', 'kube-system', labels, -1, true),
    kind: 'Deployment',
    replicas: 2,
    selector: { matchLabels: labels, matchExpressions: [] },
    template: {
      labels,
      annotations: {},
      spec: {
        containers: [
          {
            name: 'coredns',
            image: 'registry.k8s.io/coredns/coredns:v1.12.0',
            ports: [
              { name: 'dns', containerPort: 53, protocol: 'UDP' },
              { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
              { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
            ],
          },
        ],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        hostNetwork: false,
        enableServiceLinks: true,
        dnsPolicy: 'Default',
      },
    },
  };
}

/** The API server's endpoints: the control-plane nodes' addresses on 6443 (written by the API server itself). */
export function apiServerEndpoints(service: Service, nodes: readonly Node[]): { endpoints: Endpoints; slice: EndpointSlice } {
  const masters = nodes.filter((n) => n.controlPlane);
  const targets = masters.length > 0 ? masters : nodes.slice(0, 1);
  const addresses = targets.map((n) => ({ ip: n.internalIP }));
  const ports = [{ name: 'https', port: 6443, protocol: 'TCP' as const }];
  return {
    endpoints: { meta: generatedMeta('kubernetes', 'default', {}, -1, true), subsets: [{ addresses, notReadyAddresses: [], ports }], managed: false },
    slice: {
      meta: generatedMeta('kubernetes', 'default', { 'kubernetes.io/service-name': 'kubernetes' }, -1, true),
      serviceName: service.meta.name,
      addressType: 'IPv4',
      ports,
      endpoints: targets.map((n) => ({ addresses: [n.internalIP], conditions: { ready: true, serving: true, terminating: false } })),
      managed: false,
    },
  };
}
