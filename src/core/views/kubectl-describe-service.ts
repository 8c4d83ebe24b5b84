import type { Cluster, Labels, Service } from '../model/types';
import { formatEndpointSlicesForPort, slicesOf } from './kubectl-endpoints';
import { formatLabels } from './kubectl-table';
import { KUBECTL_DESCRIBE_TABWRITER, tabwrite } from './tabwriter';

/** describe leaves this one out: it is the whole object again. */
const SKIPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LENGTH = 140;

/** printLabelsMultiline: sorted, one per line, continuation lines start with an empty cell so they align. */
export function labelLines(title: string, labels: Labels): string[] {
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return [`${title}:\t<none>`];
  return keys.map((key, i) => `${i === 0 ? `${title}:` : ''}\t${key}=${labels[key] ?? ''}`);
}

/** printAnnotationsMultiline: long or multi-line values go on their own indented lines, shortened to 140. */
export function annotationLines(title: string, annotations: Labels): string[] {
  const keys = Object.keys(annotations)
    .filter((k) => !SKIPPED_ANNOTATIONS.has(k))
    .sort();
  if (keys.length === 0) return [`${title}:\t<none>`];
  const lines: string[] = [];
  keys.forEach((key, i) => {
    const prefix = i === 0 ? `${title}:\t` : '\t';
    const value = (annotations[key] ?? '').replace(/\n$/, '');
    if (value.length + key.length + 2 > MAX_ANNOTATION_LENGTH || value.includes('\n')) {
      lines.push(`${prefix}${key}:`);
      const max = MAX_ANNOTATION_LENGTH - 2;
      for (const part of value.split('\n')) lines.push(`\t  ${part.length > max ? `${part.slice(0, max)}...` : part}`);
    } else lines.push(`${prefix}${key}: ${value}`);
  });
  return lines;
}

/** What the API server defaults: single-stack IPv4, except headless without selector, which requires dual-stack. */
export function ipFamilyPolicy(svc: Service): string | undefined {
  if (svc.type === 'ExternalName') return undefined;
  return svc.clusterIP === 'None' && svc.selector === undefined ? 'RequireDualStack' : 'SingleStack';
}

/**
 * `kubectl describe svc` as kubectl 1.33 prints it (Endpoints from the EndpointSlices, Internal Traffic Policy,
 * the LoadBalancer ingress with its ipMode). Events are `<none>`: svcscope simulates no event stream.
 */
export function kubectlDescribeService(cluster: Cluster, svc: Service): string {
  const lines: string[] = [
    `Name:\t${svc.meta.name}`,
    `Namespace:\t${svc.meta.namespace}`,
    ...labelLines('Labels', svc.meta.labels),
    ...annotationLines('Annotations', svc.meta.annotations),
    `Selector:\t${formatLabels(svc.selector)}`,
    `Type:\t${svc.type}`,
  ];
  const policy = ipFamilyPolicy(svc);
  if (policy) lines.push(`IP Family Policy:\t${policy}`);
  const hasIP = svc.type !== 'ExternalName' && svc.clusterIP !== '';
  lines.push(`IP Families:\t${svc.type === 'ExternalName' ? '<none>' : 'IPv4'}`, `IP:\t${svc.clusterIP}`, `IPs:\t${hasIP ? svc.clusterIP : '<none>'}`);
  if (svc.externalIPs.length > 0) lines.push(`External IPs:\t${svc.externalIPs.join(',')}`);
  if (svc.loadBalancerIP) lines.push(`Desired LoadBalancer IP:\t${svc.loadBalancerIP}`);
  if (svc.externalName) lines.push(`External Name:\t${svc.externalName}`);
  // The API server sets ipMode VIP on every ingress IP (LoadBalancerIPMode, on since 1.30).
  if (svc.loadBalancerIngressIPs.length > 0) lines.push(`LoadBalancer Ingress:\t${svc.loadBalancerIngressIPs.map((ip) => `${ip} (VIP)`).join(', ')}`);
  const slices = slicesOf(cluster, svc);
  for (const port of svc.ports) {
    const name = port.name === '' ? '<unset>' : port.name;
    lines.push(`Port:\t${name}\t${port.port}/${port.protocol}`, `TargetPort:\t${port.targetPort}/${port.protocol}`);
    if (port.appProtocol) lines.push(`AppProtocol:\t${port.appProtocol}`);
    if (port.nodePort !== 0) lines.push(`NodePort:\t${name}\t${port.nodePort}/${port.protocol}`);
    lines.push(`Endpoints:\t${formatEndpointSlicesForPort(slices, port.name)}`);
  }
  lines.push(`Session Affinity:\t${svc.sessionAffinity}`);
  if (svc.externalTrafficPolicy) lines.push(`External Traffic Policy:\t${svc.externalTrafficPolicy}`);
  if (svc.internalTrafficPolicy) lines.push(`Internal Traffic Policy:\t${svc.internalTrafficPolicy}`);
  if (svc.healthCheckNodePort !== 0) lines.push(`HealthCheck NodePort:\t${svc.healthCheckNodePort}`);
  if (svc.loadBalancerSourceRanges.length > 0) lines.push(`LoadBalancer Source Ranges:\t${svc.loadBalancerSourceRanges.join(',')}`);
  lines.push('Events:\t<none>');
  return tabwrite(`${lines.join('\n')}\n`, KUBECTL_DESCRIBE_TABWRITER);
}
