import { buildEndpointSlices } from '../controllers/endpoint-slices';
import { buildEndpoints } from '../controllers/endpoints';
import { mirrorEndpoints } from '../controllers/mirroring';
import type { Diagnostic } from '../diagnostics';
import { displayPath, FieldReader } from '../manifest/fields';
import { readManifests, type ManifestObject } from '../manifest/objects';
import { allocateServices } from './allocate';
import { checkApiVersion, DEFAULT_NAMESPACES, isSimulatedKind, SIMULATED_KINDS, type SimulatedKind } from './kinds';
import { INGRESS_CONTROLLER_NAME, INGRESS_NAMESPACE, INGRESS_NGINX_CONTROLLER, ingressNginxClass, ingressNginxDeployment, ingressNginxService } from './ingress-controller';
import { buildNodes } from './nodes';
import { buildPods } from './pods';
import { readEndpoints, readEndpointSlice } from './read/endpoints';
import { readIngress, readIngressClass } from './read/ingress';
import { readPod } from './read/pod';
import { readServiceDraft } from './read/service';
import { readWorkload } from './read/workload';
import { resolveSettings } from './settings';
import { apiServerEndpoints, coreDnsDeployment, kubeDnsService, kubernetesService } from './system-objects';
import type { Cluster, ClusterSettings, Endpoints, EndpointSlice, Ingress, OtherObject, Pod, Service, Workload } from './types';
import { defaultAndValidateService } from './validate/service';

/**
 * Manifests text → the cluster as the API server, the controllers, the scheduler and the CNI would make it.
 * Never throws: every problem becomes a diagnostic, and whatever can still be built is built.
 */
export function buildCluster(text: string, partialSettings: Partial<ClusterSettings> = {}): Cluster {
  const settings = resolveSettings(partialSettings);
  const { objects, diagnostics } = readManifests(text);
  const byKind = groupObjects(objects, diagnostics);
  const reader = (o: ManifestObject): FieldReader => new FieldReader(o, diagnostics);

  const nodes = buildNodes((byKind.get('Node') ?? []).map(reader), settings);
  const workloads: Workload[] = [];
  for (const kind of ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'] as const)
    for (const o of byKind.get(kind) ?? []) {
      // A dumped ReplicaSet that a Deployment in the text controls is that Deployment's business.
      if (kind === 'ReplicaSet' && controlledByDeploymentInText(o, byKind.get('Deployment') ?? [])) continue;
      workloads.push(readWorkload(reader(o), kind));
    }
  const manifestPods: Pod[] = (byKind.get('Pod') ?? []).map((o) => readPod(reader(o)));

  let services: Service[] = [];
  for (const o of byKind.get('Service') ?? []) {
    const service = defaultAndValidateService(readServiceDraft(reader(o)));
    if (service) services.push(service);
  }
  const has = (ns: string, name: string): boolean => services.some((s) => s.meta.namespace === ns && s.meta.name === name);
  if (settings.systemObjects) {
    const system: Service[] = [];
    if (!has('default', 'kubernetes')) system.push(kubernetesService(settings));
    if (!has('kube-system', 'kube-dns')) {
      system.push(kubeDnsService(settings));
      if (!workloads.some((w) => w.meta.namespace === 'kube-system' && w.meta.name === 'coredns')) workloads.unshift(coreDnsDeployment());
    }
    // System Services exist before anything the user applies: they claim their addresses first.
    services = [...system, ...services];
  }
  const needsIngressController =
    settings.systemObjects && (byKind.get('Ingress') ?? []).length > 0 && !has(INGRESS_NAMESPACE, INGRESS_CONTROLLER_NAME);
  if (needsIngressController) {
    services.push(ingressNginxService());
    workloads.push(ingressNginxDeployment());
  }
  const readersByService = new Map((byKind.get('Service') ?? []).map((o) => [`${o.namespace || 'default'}/${o.name}`, reader(o)]));
  services = allocateServices(services, {
    settings,
    diagnostics,
    report: (svc, path, message, hint) =>
      readersByService
        .get(`${svc.meta.namespace}/${svc.meta.name}`)
        ?.report('SERVICE_ALLOCATION', 'error', `The Service "${svc.meta.name}" is invalid: ${displayPath(path)}: ${message}`, path, hint),
  });

  const { pods, workloads: finishedWorkloads } = buildPods(workloads, manifestPods, nodes, settings);
  const userEndpoints = (byKind.get('Endpoints') ?? []).map((o) => readEndpoints(reader(o)));
  const userSlices = (byKind.get('EndpointSlice') ?? []).map((o) => readEndpointSlice(reader(o)));
  const { endpoints, endpointSlices } = runEndpointControllers(services, pods, nodes, userEndpoints, userSlices, settings, diagnostics);

  const ingressClasses = (byKind.get('IngressClass') ?? []).map((o) => readIngressClass(reader(o)));
  if (needsIngressController && !ingressClasses.some((c) => c.controller === INGRESS_NGINX_CONTROLLER)) ingressClasses.push(ingressNginxClass());
  const defaultClass = ingressClasses.filter((c) => c.isDefault);
  const ingresses: Ingress[] = (byKind.get('Ingress') ?? []).map((o) => {
    const ingress = readIngress(reader(o));
    // The DefaultIngressClass admission plugin fills in the one default class (none when there are several).
    return ingress.className === undefined && defaultClass.length === 1 && defaultClass[0]
      ? { ...ingress, className: defaultClass[0].meta.name }
      : ingress;
  });

  const others: OtherObject[] = objects
    .filter((o) => !isSimulatedKind(o.kind))
    .map((o) => ({ kind: o.kind, apiVersion: o.apiVersion, namespace: o.namespace, name: o.name, source: { location: o.location, order: o.order } }));
  const namespaces = new Set<string>(DEFAULT_NAMESPACES);
  for (const o of byKind.get('Namespace') ?? []) namespaces.add(o.name);
  for (const o of objects) if (o.namespace) namespaces.add(o.namespace);
  for (const s of services) namespaces.add(s.meta.namespace);

  const dns = services.find((s) => s.meta.namespace === 'kube-system' && s.meta.name === 'kube-dns');
  return {
    settings,
    namespaces: [...namespaces].sort(),
    nodes,
    workloads: finishedWorkloads,
    pods,
    services,
    endpoints,
    endpointSlices,
    ingresses,
    ingressClasses,
    others,
    dnsServiceIP: dns?.clusterIP ?? '',
    diagnostics,
  };
}

function runEndpointControllers(
  services: readonly Service[],
  pods: readonly Pod[],
  nodes: Cluster['nodes'],
  userEndpoints: readonly Endpoints[],
  userSlices: readonly EndpointSlice[],
  settings: ClusterSettings,
  diagnostics: Diagnostic[],
): { endpoints: Endpoints[]; endpointSlices: EndpointSlice[] } {
  const endpoints: Endpoints[] = [];
  const endpointSlices: EndpointSlice[] = [];
  const key = (ns: string, name: string): string => `${ns}/${name}`;
  const serviceKeys = new Set(services.map((s) => key(s.meta.namespace, s.meta.name)));
  const endpointsByKey = new Map(userEndpoints.map((e) => [key(e.meta.namespace, e.meta.name), e]));
  const slicesByKey = groupBy(userSlices, (s) => key(s.meta.namespace, s.serviceName));
  const podsByNamespace = groupBy(pods, (p) => p.meta.namespace);
  for (const svc of services) {
    const k = key(svc.meta.namespace, svc.meta.name);
    const givenEndpoints = endpointsByKey.get(k);
    const givenSlices = slicesByKey.get(k) ?? [];
    const namespacePods = podsByNamespace.get(svc.meta.namespace) ?? [];
    if (svc.meta.system && svc.meta.name === 'kubernetes' && svc.meta.namespace === 'default' && !givenEndpoints) {
      const api = apiServerEndpoints(svc, nodes);
      endpoints.push(api.endpoints);
      endpointSlices.push(api.slice);
      continue;
    }
    if (svc.selector === undefined || svc.type === 'ExternalName') {
      // Not managed: the user's objects are the truth; mirrored into slices when only Endpoints were given.
      if (givenEndpoints) endpoints.push(givenEndpoints);
      if (givenSlices.length > 0) endpointSlices.push(...givenSlices);
      else if (givenEndpoints && svc.type !== 'ExternalName') endpointSlices.push(...mirrorEndpoints(svc, givenEndpoints));
      continue;
    }
    if (namespacePods.length === 0 && (givenEndpoints || givenSlices.length > 0)) {
      // A partial dump (services and endpoints but no pods): keep what the controllers wrote.
      if (givenEndpoints) endpoints.push(givenEndpoints);
      endpointSlices.push(...(givenSlices.length > 0 ? givenSlices : givenEndpoints ? mirrorEndpoints(svc, givenEndpoints) : []));
      diagnostics.push({
        code: 'ENDPOINTS_KEPT_AS_GIVEN',
        severity: 'info',
        message: `Service ${k} has a selector but the text has no pods in "${svc.meta.namespace}"; its endpoints were kept as given.`,
        object: { kind: 'Service', namespace: svc.meta.namespace, name: svc.meta.name },
        hint: 'Include the pods (kubectl get pods -o yaml) to let svcscope recompute the endpoints.',
      });
      continue;
    }
    const built = buildEndpoints(svc, namespacePods);
    if (built) endpoints.push(built);
    endpointSlices.push(...buildEndpointSlices(svc, namespacePods, nodes, settings.seed));
  }
  // Endpoints without a Service: kept (they are harmless), but nobody routes to them.
  for (const e of userEndpoints) if (!serviceKeys.has(key(e.meta.namespace, e.meta.name))) endpoints.push(e);
  return { endpoints, endpointSlices };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function controlledByDeploymentInText(rs: ManifestObject, deployments: readonly ManifestObject[]): boolean {
  const meta = rs.raw['metadata'];
  const refs = meta && typeof meta === 'object' ? (meta as Record<string, unknown>)['ownerReferences'] : undefined;
  if (!Array.isArray(refs)) return false;
  return refs.some(
    (r) =>
      r !== null &&
      typeof r === 'object' &&
      (r as Record<string, unknown>)['kind'] === 'Deployment' &&
      deployments.some((d) => d.name === (r as Record<string, unknown>)['name'] && (d.namespace || 'default') === (rs.namespace || 'default')),
  );
}

/** Sorts objects by kind, checks apiVersions, drops later duplicates of the same kind/namespace/name (kubectl apply keeps the last). */
function groupObjects(objects: readonly ManifestObject[], diagnostics: Diagnostic[]): Map<SimulatedKind, ManifestObject[]> {
  const byKind = new Map<SimulatedKind, ManifestObject[]>();
  const seen = new Map<string, ManifestObject>();
  for (const o of objects) {
    if (!isSimulatedKind(o.kind)) {
      diagnostics.push({
        code: 'KIND_NOT_SIMULATED',
        severity: 'info',
        message: `${o.kind} "${o.name}" is kept but not simulated; svcscope models ${Object.keys(SIMULATED_KINDS).join(', ')}.`,
        line: o.location.line,
        column: o.location.column,
        object: { kind: o.kind, ...(o.namespace ? { namespace: o.namespace } : {}), name: o.name },
      });
      continue;
    }
    const version = checkApiVersion(o.kind, o.apiVersion);
    const ref = { kind: o.kind, ...(o.namespace ? { namespace: o.namespace } : {}), name: o.name };
    const at = o.locate('apiVersion');
    if (version === 'unknown') {
      diagnostics.push({
        code: 'API_VERSION_UNKNOWN',
        severity: 'error',
        message: `no matches for kind "${o.kind}" in version "${o.apiVersion}"; ${o.kind} "${o.name}" was skipped.`,
        line: at.line,
        column: at.column,
        object: ref,
        hint: `Use apiVersion: ${SIMULATED_KINDS[o.kind].current[0]}.`,
      });
      continue;
    }
    if (version === 'legacy')
      diagnostics.push({
        code: 'API_VERSION_LEGACY',
        severity: 'warning',
        message: `${o.apiVersion} ${o.kind} is no longer served by current Kubernetes; svcscope reads it the way the API server converted it.`,
        line: at.line,
        column: at.column,
        object: ref,
        hint: `Use apiVersion: ${SIMULATED_KINDS[o.kind].current[0]}.`,
      });
    const namespaced = o.kind !== 'Node' && o.kind !== 'Namespace' && o.kind !== 'IngressClass';
    const id = `${o.kind}/${namespaced ? o.namespace || 'default' : ''}/${o.name}`;
    const previous = seen.get(id);
    if (previous) {
      diagnostics.push({
        code: 'DUPLICATE_OBJECT',
        severity: 'warning',
        message: `${o.kind} "${o.name}" appears twice (lines ${previous.location.line} and ${o.location.line}); the later one wins, as with kubectl apply.`,
        line: o.location.line,
        column: o.location.column,
        object: ref,
      });
      const list = byKind.get(o.kind) ?? [];
      list.splice(list.indexOf(previous), 1);
    }
    seen.set(id, o);
    const list = byKind.get(o.kind) ?? [];
    list.push(o);
    byKind.set(o.kind, list);
  }
  return byKind;
}
