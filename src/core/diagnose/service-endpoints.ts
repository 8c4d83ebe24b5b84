import type { Diagnostic } from '../diagnostics';
import type { EndpointPort, Service, SliceEndpoint } from '../model/types';
import type { DiagnoseContext } from './context';
import { noEndpointEffect } from './effects';
import { isNearMiss } from './similarity';
import { joinList, plural } from './words';

/**
 * What kube-proxy reads: EndpointSlices (managed, mirrored from the user's Endpoints, or the user's
 * own). Readiness and port names are judged there, because that is where traffic is decided.
 */
const endpointName = (e: SliceEndpoint): string => e.targetRef?.name ?? e.addresses[0] ?? '?';
const showPort = (p: EndpointPort): string => `${p.name === '' ? 'unnamed' : `"${p.name}"`} ${p.port}/${p.protocol}`;

export function checkEndpointReadiness(ctx: DiagnoseContext, service: Service): Diagnostic[] {
  if (service.type === 'ExternalName') return [];
  const endpoints = ctx.slicesOf(service).flatMap((s) => s.endpoints);
  if (endpoints.length === 0 || endpoints.some((e) => e.conditions.ready)) return [];
  const draining = endpoints.filter((e) => e.conditions.serving && e.conditions.terminating);
  const after =
    draining.length > 0
      ? `kube-proxy falls back to the ${plural(draining.length, 'serving, terminating endpoint')} (${joinList(draining.map(endpointName))}) while they drain; after that ${noEndpointEffect(service, ctx.cluster.settings.proxyMode)}.`
      : `So ${noEndpointEffect(service, ctx.cluster.settings.proxyMode)}.`;
  return [
    ctx.finding({
      kind: 'Service',
      meta: service.meta,
      code: 'SVC_ALL_ENDPOINTS_UNREADY',
      severity: 'warning',
      fields: service.selector ? ['spec.selector'] : [],
      message: `all ${plural(endpoints.length, 'endpoint')} of the Service are not ready (${joinList(endpoints.map(endpointName))}). ${after}`,
      hint: 'Find out why the pods are not Ready (readiness probe, kubectl describe pod). Set publishNotReadyAddresses: true only if clients must reach unready pods, e.g. StatefulSet peer discovery.',
    }),
  ];
}

/** Selector-less Services: the user's Endpoints are the only truth, matched to Service ports by name. */
export function checkManualEndpoints(ctx: DiagnoseContext, service: Service): Diagnostic[] {
  if (service.selector !== undefined || service.type === 'ExternalName') return [];
  const ns = service.meta.namespace;
  const slices = ctx.slicesOf(service);
  const given = ctx.endpoints(ns, service.meta.name);
  const addresses = slices.flatMap((s) => s.endpoints);
  const base = { kind: 'Service', meta: service.meta } as const;
  if (addresses.length === 0) {
    const near = ctx.cluster.endpoints
      .filter((e) => !e.managed && !ctx.service(e.meta.namespace, e.meta.name))
      .filter((e) => (e.meta.namespace === ns && isNearMiss(e.meta.name, service.meta.name)) || (e.meta.namespace !== ns && e.meta.name === service.meta.name))
      .map((e) => `${e.meta.namespace}/${e.meta.name}`);
    const what = given || slices.length > 0 ? `its Endpoints list no address` : `the text has no Endpoints or EndpointSlice for it`;
    return [
      ctx.finding({
        ...base,
        code: 'SVC_NO_ENDPOINTS',
        severity: 'warning',
        message: `the Service has no selector and ${what}, so ${noEndpointEffect(service, ctx.cluster.settings.proxyMode)}.${near.length > 0 ? ` Endpoints ${joinList(near)} exist: the Endpoints name and namespace must equal the Service's.` : ''}`,
        hint: `Add a selector, or create Endpoints named ${service.meta.name} in namespace ${ns} (or an EndpointSlice labelled kubernetes.io/service-name: ${service.meta.name}). Note that kubectl get all does not print Endpoints.`,
      }),
    ];
  }
  const ports = [...new Map(slices.flatMap((s) => s.ports).map((p) => [showPort(p), p])).values()];
  const out: Diagnostic[] = [];
  service.ports.forEach((sp, i) => {
    const fields = [`spec.ports.${i}`, `spec.ports.${i}.name`];
    const match = ports.find((p) => p.name === sp.name && p.protocol === sp.protocol);
    const portName = sp.name === '' ? 'the unnamed port' : `port "${sp.name}"`;
    if (!match) {
      out.push(
        ctx.finding({
          ...base,
          code: 'SVC_PORT_NAME_MISMATCH_ENDPOINTS',
          severity: 'warning',
          fields,
          message: `${portName} (${sp.port}/${sp.protocol}) has no Endpoints port with the same name and protocol (${ports.length === 0 ? 'the Endpoints have no ports' : `the Endpoints have ${joinList(ports.map(showPort))}`}). kube-proxy pairs them by name, so port ${sp.port} has no endpoints.`,
          hint: `Give the Endpoints port the same name as the Service port (${sp.name === '' ? 'leave both unnamed' : `name: ${sp.name}`}) and protocol ${sp.protocol}.`,
        }),
      );
    } else if (match.port !== sp.targetPort) {
      out.push(
        ctx.finding({
          ...base,
          code: 'SVC_TARGETPORT_IGNORED_WITHOUT_SELECTOR',
          severity: 'info',
          fields: [`spec.ports.${i}`, `spec.ports.${i}.targetPort`],
          message: `port ${sp.port}${sp.name ? ` ("${sp.name}")` : ''}: traffic goes to the Endpoints' port ${match.port}; targetPort ${sp.targetPort} is not used by a Service without selector.`,
          hint: `Set targetPort: ${match.port} so the Service says what really happens, or fix the port in the Endpoints.`,
        }),
      );
    }
  });
  return out;
}
