import type { ProxyMode, Service } from '../model/types';

/**
 * What a client sees when a Service has no usable endpoint, which depends on how it is reached:
 * a headless name resolves to nothing; iptables and nftables REJECT; IPVS keeps a virtual server with
 * no real server, so connections hang.
 */
export function noEndpointEffect(service: Service, mode: ProxyMode): string {
  if (service.clusterIP === 'None') return 'its DNS name resolves to no address (NXDOMAIN)';
  if (mode === 'ipvs') return 'connections to it time out (the IPVS virtual server has no real server)';
  return 'connections to it are refused (kube-proxy REJECTs them)';
}
