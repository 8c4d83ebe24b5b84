import type { Cluster, Service } from '../model/types';
import type { TraceSource } from '../simulate/types';
import type { LessonExample } from './types';

/**
 * The request a lesson sends: the example's suggestedRequest when it has one; otherwise one chosen from
 * the cluster so that any pasted text gets a lesson: the first Service the user wrote, called the way its
 * type is meant to be called (a ClusterIP from a pod by DNS name, a NodePort or LoadBalancer from outside).
 */
export interface LessonRequest {
  readonly source: TraceSource;
  readonly target: string;
}

export function lessonRequestFor(example: Pick<LessonExample, 'suggestedRequest'> | undefined, cluster: Cluster): LessonRequest | undefined {
  if (example?.suggestedRequest) return example.suggestedRequest;
  const service = cluster.services.find((s) => !s.meta.system && (s.type === 'ExternalName' || s.ports.length > 0));
  return service ? requestFor(service, cluster) : undefined;
}

function requestFor(service: Service, cluster: Cluster): LessonRequest | undefined {
  const port = service.ports[0];
  const worker = cluster.nodes.find((n) => !n.controlPlane && n.ready) ?? cluster.nodes[0];
  if (service.type === 'LoadBalancer' && port) {
    const ip = service.loadBalancerIngressIPs[0];
    if (ip !== undefined) return { source: { type: 'external' }, target: `${ip}:${port.port}` };
  }
  if ((service.type === 'NodePort' || service.type === 'LoadBalancer') && port && port.nodePort > 0 && worker) {
    return { source: { type: 'external' }, target: `${worker.internalIP}:${port.nodePort}` };
  }
  const name = `${service.meta.name}.${service.meta.namespace}`;
  const target = port && service.type !== 'ExternalName' ? `${name}:${port.port}` : name;
  // A client pod the Service does not select, so the request visibly crosses kube-proxy to another pod.
  const selected = (labels: Readonly<Record<string, string>>): boolean =>
    service.selector !== undefined && Object.entries(service.selector).every(([key, value]) => labels[key] === value);
  const client =
    cluster.pods.find((p) => !p.meta.system && p.ip !== undefined && !p.spec.hostNetwork && !selected(p.meta.labels)) ??
    cluster.pods.find((p) => !p.meta.system && p.ip !== undefined && !p.spec.hostNetwork);
  if (client) return { source: { type: 'pod', namespace: client.meta.namespace, name: client.meta.name }, target };
  // No pod to send from: a node, which has no cluster DNS, calls the clusterIP.
  if (worker && port && service.clusterIP !== '' && service.clusterIP !== 'None')
    return { source: { type: 'node', name: worker.name }, target: `${service.clusterIP}:${port.port}` };
  return undefined;
}
