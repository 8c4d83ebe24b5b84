import type { ClusterTargets, ServiceTarget } from './cluster-targets';
import { CLIENT_ID, inClusterSource } from './request-source';

export interface TargetSuggestion {
  readonly value: string;
  readonly label: string;
}

export type ShortcutKind = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'Ingress';

export interface ServiceShortcut {
  readonly kind: ShortcutKind;
  readonly source: string;
  readonly target: string;
  /** What the button's accessible name says beyond "via X": the Service and the address. */
  readonly description: string;
}

/** The name a pod in `default` would type: `myapp`, or `name.namespace` elsewhere. */
export function serviceDnsName(svc: Pick<ServiceTarget, 'name' | 'namespace'>): string {
  return svc.namespace === 'default' ? svc.name : `${svc.name}.${svc.namespace}`;
}

/** Every way the cluster offers to reach each Service, for the destination field's suggestions. */
export function targetSuggestions(targets: ClusterTargets): TargetSuggestion[] {
  const out: TargetSuggestion[] = [];
  const add = (value: string, label: string): void => {
    if (!out.some((s) => s.value === value)) out.push({ value, label });
  };
  for (const svc of targets.services) {
    const dns = serviceDnsName(svc);
    const title = `${svc.namespace}/${svc.name}`;
    add(dns, `${title}: DNS name`);
    for (const p of svc.ports) {
      if (svc.ports.length > 1) add(`${dns}:${p.port}`, `${title}: DNS name, port ${p.port}`);
      if (svc.clusterIP) add(`${svc.clusterIP}:${p.port}`, `${title}: ClusterIP`);
      for (const ip of svc.loadBalancerIPs) add(`${ip}:${p.port}`, `${title}: LoadBalancer`);
      for (const ip of svc.externalIPs) add(`${ip}:${p.port}`, `${title}: externalIP`);
      if (p.nodePort !== undefined) for (const node of targets.nodes) if (node.ip) add(`${node.ip}:${p.nodePort}`, `${title}: NodePort on ${node.name}`);
    }
    for (const url of svc.ingressURLs) add(url, `${title}: Ingress`);
  }
  return out;
}

/**
 * One-click requests per Service: the way in a trainer points at. In-cluster ways start from the chosen
 * source when it is inside the cluster; outside ways start from the outside client. NodePort goes to the
 * first worker Node (the destination field suggests the others).
 */
export function serviceShortcuts(svc: ServiceTarget, targets: ClusterTargets, chosenSource: string): ServiceShortcut[] {
  const first = svc.ports[0];
  if (!first) return [];
  const out: ServiceShortcut[] = [];
  const title = `${svc.namespace}/${svc.name}`;
  if (svc.clusterIP) {
    const target = `${svc.clusterIP}:${first.port}`;
    out.push({ kind: 'ClusterIP', source: inClusterSource(chosenSource, targets), target, description: `${title} at ${target}` });
  }
  const withNodePort = svc.ports.find((p) => p.nodePort !== undefined);
  const node = targets.nodes.find((n) => !n.controlPlane && n.ip) ?? targets.nodes.find((n) => n.ip);
  if (withNodePort?.nodePort !== undefined && node?.ip) {
    const target = `${node.ip}:${withNodePort.nodePort}`;
    out.push({ kind: 'NodePort', source: CLIENT_ID, target, description: `${title} at ${target} (${node.name})` });
  }
  const lb = svc.loadBalancerIPs[0];
  if (lb) {
    const target = `${lb}:${first.port}`;
    out.push({ kind: 'LoadBalancer', source: CLIENT_ID, target, description: `${title} at ${target}` });
  }
  const url = svc.ingressURLs[0];
  if (url) out.push({ kind: 'Ingress', source: CLIENT_ID, target: url, description: `${title} at ${url}` });
  return out;
}

/** A first destination that answers: the first user Service by its DNS name (ClusterIP when the source is a Node). */
export function defaultTarget(targets: ClusterTargets, source: string): string {
  const svc = targets.services.find((s) => !s.system) ?? targets.services[0];
  if (!svc) return '';
  if (source.startsWith('pod/')) return serviceDnsName(svc);
  const shortcut = serviceShortcuts(svc, targets, source).find((s) => (source === CLIENT_ID ? s.source === CLIENT_ID : s.kind === 'ClusterIP'));
  return shortcut?.target ?? serviceDnsName(svc);
}
