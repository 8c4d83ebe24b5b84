import type { ClusterTargets, ServiceTarget } from './cluster-targets';
import { CLIENT_ID, inClusterSource } from './request-source';
import { englishRequestsT, type RequestsT } from './requests-t';

export interface TargetSuggestion {
  readonly value: string;
  readonly label: string;
}

export type ShortcutKind = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'Ingress';

export interface ServiceShortcut {
  readonly kind: ShortcutKind;
  readonly source: string;
  readonly target: string;
  /** `namespace/name`, for the button's title. */
  readonly service: string;
  /** The Node a NodePort shortcut goes to. */
  readonly nodeName?: string;
}

/** The name a pod in `default` would type: `myapp`, or `name.namespace` elsewhere. */
export function serviceDnsName(svc: Pick<ServiceTarget, 'name' | 'namespace'>): string {
  return svc.namespace === 'default' ? svc.name : `${svc.name}.${svc.namespace}`;
}

/**
 * Every way the cluster offers to reach each Service, for the destination field's suggestions. A caller
 * that passes no `t` gets English labels.
 */
export function targetSuggestions(targets: ClusterTargets, t: RequestsT = englishRequestsT()): TargetSuggestion[] {
  const out: TargetSuggestion[] = [];
  const add = (value: string, label: string): void => {
    if (!out.some((s) => s.value === value)) out.push({ value, label });
  };
  for (const svc of targets.services) {
    const dns = serviceDnsName(svc);
    const service = `${svc.namespace}/${svc.name}`;
    add(dns, t('suggestDns', { service }));
    for (const p of svc.ports) {
      if (svc.ports.length > 1) add(`${dns}:${p.port}`, t('suggestDnsPort', { service, port: p.port }));
      if (svc.clusterIP) add(`${svc.clusterIP}:${p.port}`, t('suggestClusterIP', { service }));
      for (const ip of svc.loadBalancerIPs) add(`${ip}:${p.port}`, t('suggestLoadBalancer', { service }));
      for (const ip of svc.externalIPs) add(`${ip}:${p.port}`, t('suggestExternalIP', { service }));
      if (p.nodePort !== undefined)
        for (const node of targets.nodes) if (node.ip) add(`${node.ip}:${p.nodePort}`, t('suggestNodePort', { service, node: node.name }));
    }
    for (const url of svc.ingressURLs) add(url, t('suggestIngress', { service }));
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
  const service = `${svc.namespace}/${svc.name}`;
  if (svc.clusterIP) {
    const target = `${svc.clusterIP}:${first.port}`;
    out.push({ kind: 'ClusterIP', source: inClusterSource(chosenSource, targets), target, service });
  }
  const withNodePort = svc.ports.find((p) => p.nodePort !== undefined);
  const node = targets.nodes.find((n) => !n.controlPlane && n.ip) ?? targets.nodes.find((n) => n.ip);
  if (withNodePort?.nodePort !== undefined && node?.ip) {
    const target = `${node.ip}:${withNodePort.nodePort}`;
    out.push({ kind: 'NodePort', source: CLIENT_ID, target, service, nodeName: node.name });
  }
  const lb = svc.loadBalancerIPs[0];
  if (lb) {
    const target = `${lb}:${first.port}`;
    out.push({ kind: 'LoadBalancer', source: CLIENT_ID, target, service });
  }
  const url = svc.ingressURLs[0];
  if (url) out.push({ kind: 'Ingress', source: CLIENT_ID, target: url, service });
  return out;
}

/** A shortcut's title: what it sends to, and on which Node for a NodePort. */
export function shortcutTitle(shortcut: ServiceShortcut, t: RequestsT): string {
  const { service, target, nodeName } = shortcut;
  return nodeName === undefined ? t('shortcutTitle', { service, target }) : t('shortcutTitleOnNode', { service, target, node: nodeName });
}

/** A first destination that answers: the first user Service by its DNS name (ClusterIP when the source is a Node). */
export function defaultTarget(targets: ClusterTargets, source: string): string {
  const svc = targets.services.find((s) => !s.system) ?? targets.services[0];
  if (!svc) return '';
  if (source.startsWith('pod/')) return serviceDnsName(svc);
  const shortcut = serviceShortcuts(svc, targets, source).find((s) => (source === CLIENT_ID ? s.source === CLIENT_ID : s.kind === 'ClusterIP'));
  return shortcut?.target ?? serviceDnsName(svc);
}
