import type { Cluster, Service } from '../model/types';
import { ageSeconds, humanDuration, lastOrder } from './age';
import { formatLabels, printTable } from './kubectl-table';

export interface GetServicesOptions {
  /** Only these Services (in this order); default: every Service of the cluster. */
  readonly services?: readonly Service[];
  /** `-o wide`: adds SELECTOR. */
  readonly wide?: boolean;
}

/** CLUSTER-IP: spec.clusterIPs[0], `None` for headless, `<none>` when there is none (ExternalName). */
export function clusterIPColumn(svc: Service): string {
  return svc.clusterIP === '' ? '<none>' : svc.clusterIP;
}

/** getServiceExternalIP with wide output (no 16-character clipping). */
export function externalIPColumn(svc: Service): string {
  switch (svc.type) {
    case 'ClusterIP':
    case 'NodePort':
      return svc.externalIPs.length > 0 ? svc.externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      // kubectl collects the ingress addresses in a sorted set.
      const lb = [...new Set(svc.loadBalancerIngressIPs)].sort();
      if (svc.externalIPs.length > 0) return [...lb, ...svc.externalIPs].join(',');
      return lb.length > 0 ? lb.join(',') : '<pending>';
    }
    case 'ExternalName':
      return svc.externalName ?? '';
  }
}

/** makePortString: `80/TCP`, `80:32143/TCP`, comma-separated; `<none>` without ports. */
export function portsColumn(svc: Service): string {
  const text = svc.ports.map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`)).join(',');
  return text === '' ? '<none>' : text;
}

/** `kubectl get svc [-o wide]`: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE [SELECTOR]. */
export function kubectlGetServices(cluster: Cluster, options: GetServicesOptions = {}): string {
  const last = lastOrder(cluster);
  const services = options.services ?? cluster.services;
  const headers = ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', ...(options.wide ? ['SELECTOR'] : [])];
  const rows = services.map((svc) => [
    svc.meta.name,
    svc.type,
    clusterIPColumn(svc),
    externalIPColumn(svc),
    portsColumn(svc),
    humanDuration(ageSeconds(svc.meta, last)),
    ...(options.wide ? [formatLabels(svc.selector)] : []),
  ]);
  return printTable(headers, rows);
}
