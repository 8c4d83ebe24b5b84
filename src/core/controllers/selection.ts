import { labelsMatch } from '../model/read/selector';
import type { Pod, Service } from '../model/types';

/**
 * The pods a Service's endpoints are built from: same namespace, equality selector, not terminal, with an IP
 * (ShouldPodBeInEndpoints). Terminating pods are kept here; each controller decides what to do with them.
 */
export function selectedPods(service: Service, pods: readonly Pod[]): Pod[] {
  const selector = service.selector;
  if (selector === undefined) return [];
  return pods.filter(
    (pod) =>
      pod.meta.namespace === service.meta.namespace &&
      labelsMatch(selector, pod.meta.labels) &&
      pod.phase !== 'Succeeded' &&
      pod.phase !== 'Failed' &&
      pod.ip !== undefined,
  );
}

/** ShouldSetHostname: the pod's hostname goes into the endpoint when its subdomain is this Service. */
export function endpointHostname(pod: Pod, service: Service): string | undefined {
  return pod.spec.hostname && pod.spec.subdomain === service.meta.name && pod.meta.namespace === service.meta.namespace
    ? pod.spec.hostname
    : undefined;
}

/** Endpoints, Endpoints addresses and EndpointSlices are only managed for Services with a selector, not ExternalName. */
export function isManagedService(service: Service): boolean {
  return service.selector !== undefined && service.type !== 'ExternalName';
}

export function compareIPs(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
