import { generatedMeta } from '../model/read/meta';
import { safeSuffix } from '../util/hash';
import type { Endpoints, EndpointSlice, Service, SliceEndpoint } from '../model/types';

/**
 * The EndpointSlice mirroring controller: user-written Endpoints of a selector-less Service become an
 * EndpointSlice (kube-proxy reads slices only). Ready addresses are ready; notReadyAddresses are not.
 */
export function mirrorEndpoints(service: Service, endpoints: Endpoints): EndpointSlice[] {
  return endpoints.subsets.map((subset, i) => {
    const toEndpoint = (ready: boolean) => (a: Endpoints['subsets'][number]['addresses'][number]): SliceEndpoint => ({
      addresses: [a.ip],
      conditions: { ready, serving: ready, terminating: false },
      ...(a.nodeName ? { nodeName: a.nodeName } : {}),
      ...(a.hostname ? { hostname: a.hostname } : {}),
      ...(a.targetRef ? { targetRef: a.targetRef } : {}),
    });
    return {
      meta: generatedMeta(
        `${service.meta.name}-${safeSuffix(0, 5, service.meta.namespace, service.meta.name, 'mirror', i)}`,
        service.meta.namespace,
        { 'kubernetes.io/service-name': service.meta.name, 'endpointslice.kubernetes.io/managed-by': 'endpointslicemirroring-controller.k8s.io' },
        endpoints.meta.source.order,
        service.meta.system,
      ),
      serviceName: service.meta.name,
      addressType: 'IPv4',
      ports: subset.ports,
      endpoints: [...subset.addresses.map(toEndpoint(true)), ...subset.notReadyAddresses.map(toEndpoint(false))],
      managed: false,
    };
  });
}
