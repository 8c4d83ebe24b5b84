import type { Diagnostic } from '../diagnostics';
import { displayPath, FieldReader } from '../manifest/fields';
import { readManifests, type ManifestObject } from '../manifest/objects';
import { allocateServices } from './allocate';
import { checkApiVersion, DEFAULT_NAMESPACES, isSimulatedKind, SIMULATED_KINDS, type SimulatedKind } from './kinds';
import { INGRESS_CONTROLLER_NAME, INGRESS_NAMESPACE, INGRESS_NGINX_CONTROLLER, ingressNginxClass, ingressNginxDeployment, ingressNginxService } from './ingress-controller';
import { assembleCluster } from './assemble';
import { buildNodes } from './nodes';
import { readEndpoints, readEndpointSlice } from './read/endpoints';
import { readIngress, readIngressClass } from './read/ingress';
import { readPod } from './read/pod';
import { readServiceDraft } from './read/service';
import { readWorkload } from './read/workload';
import { resolveSettings } from './settings';
import { coreDnsDeployment, kubeDnsService, kubernetesService } from './system-objects';
import type { Cluster, ClusterSettings, Ingress, OtherObject, Pod, Service, Workload } from './types';
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
      const workload = readWorkload(reader(o), kind);
      if (workload) workloads.push(workload);
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

  const userEndpoints = (byKind.get('Endpoints') ?? []).map((o) => readEndpoints(reader(o)));
  const userSlices = (byKind.get('EndpointSlice') ?? []).map((o) => readEndpointSlice(reader(o)));
  const ingressClasses = (byKind.get('IngressClass') ?? []).map((o) => readIngressClass(reader(o)));
  if (needsIngressController && !ingressClasses.some((c) => c.controller === INGRESS_NGINX_CONTROLLER)) {
    // Default only when the user has no default class of their own: two defaults would leave new Ingresses without one.
    const nginx = ingressNginxClass();
    ingressClasses.push(ingressClasses.some((c) => c.isDefault) ? { ...nginx, isDefault: false, meta: { ...nginx.meta, annotations: {} } } : nginx);
  }
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
  if (needsIngressController) namespaces.add(INGRESS_NAMESPACE);

  return assembleCluster({
    settings,
    nodes,
    workloads,
    manifestPods,
    services,
    userEndpoints,
    userSlices,
    ingresses,
    ingressClasses,
    others,
    namespaces: [...namespaces].sort(),
    diagnostics,
    podOverrides: new Map(),
  });
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
