import type { Cluster, IngressBackend } from '../../model/types';
import type { IngressBackendTarget } from './types';

/**
 * What an Ingress backend points at. The Service must be in the Ingress's namespace; `port.number` is the
 * Service's `port` (not its targetPort) and `port.name` a Service port's name. When either is missing,
 * ingress-nginx keeps an upstream with no endpoints and answers 503.
 */
export function resolveIngressBackend(cluster: Cluster, namespace: string, backend: IngressBackend): IngressBackendTarget {
  if (backend.type === 'resource')
    return {
      ...backend,
      problem: {
        code: 'INGRESS_BACKEND_RESOURCE_UNSUPPORTED',
        message: `The backend is a ${backend.kind || 'resource'} "${backend.name}", which ingress-nginx does not route to.`,
        hint: 'Point the backend at a Service.',
        statusCode: 503,
      },
    };
  const base = { type: 'service' as const, namespace, serviceName: backend.serviceName, port: backend.port };
  const service = cluster.services.find((s) => s.meta.namespace === namespace && s.meta.name === backend.serviceName);
  if (!service) {
    const elsewhere = cluster.services.filter((s) => s.meta.name === backend.serviceName).map((s) => s.meta.namespace);
    return {
      ...base,
      problem: {
        code: 'INGRESS_BACKEND_SERVICE_NOT_FOUND',
        message: `Service "${backend.serviceName}" does not exist in namespace "${namespace}".`,
        hint: elsewhere.length > 0
          ? `A Service of that name is in ${elsewhere.join(', ')}; an Ingress can only use Services of its own namespace.`
          : 'Create the Service, or fix the name in the backend.',
        statusCode: 503,
      },
    };
  }
  const ref = { kind: 'Service', namespace, name: service.meta.name };
  const port = backend.port;
  const servicePort = 'name' in port ? service.ports.find((p) => p.name === port.name) : service.ports.find((p) => p.port === port.number);
  if (servicePort) return { ...base, service: ref, servicePort };
  // ingress-nginx proxies to an ExternalName Service's name at the port it is given.
  if (service.type === 'ExternalName' && 'number' in port) return { ...base, service: ref };
  const listed = service.ports.map((p) => (p.name ? `${p.name} ${p.port}` : String(p.port))).join(', ') || 'none';
  const byTarget = 'number' in port ? service.ports.find((p) => p.targetPort === port.number) : undefined;
  return {
    ...base,
    service: ref,
    problem: {
      code: 'INGRESS_BACKEND_PORT_NOT_FOUND',
      message: `Service ${namespace}/${service.meta.name} has no port ${'name' in port ? `named "${port.name}"` : port.number}; its ports: ${listed}.`,
      hint: byTarget
        ? `${byTarget.port} is the Service port whose targetPort is ${byTarget.targetPort}: an Ingress names the Service port, not the container port.`
        : 'Use one of the Service\'s ports (by number or by name).',
      statusCode: 503,
    },
  };
}
