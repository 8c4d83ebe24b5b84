import { buildEndpointSlices } from '../controllers/endpoint-slices';
import { buildEndpoints } from '../controllers/endpoints';
import { mirrorEndpoints } from '../controllers/mirroring';
import type { Diagnostic } from '../diagnostics';
import { buildPods } from './pods';
import { apiServerEndpoints } from './system-objects';
import type { Cluster, ClusterSettings, Endpoints, EndpointSlice, Ingress, IngressClass, Node, OtherObject, Pod, Service, Workload } from './types';

/**
 * What the API server holds after the user's text was read, defaulted and allocated: the inputs of the
 * controllers. Assembling runs the workload controllers, the scheduler and the endpoints controllers on
 * them. Events on a timeline (scale, a pod going unready, a policy flip) change the inputs and assemble
 * again, which is what the real control loops do.
 */
export interface PodOverride {
  readonly ready?: boolean;
  readonly deleted?: boolean;
}

export interface ClusterInputs {
  readonly settings: ClusterSettings;
  readonly nodes: readonly Node[];
  readonly workloads: readonly Workload[];
  readonly manifestPods: readonly Pod[];
  readonly services: readonly Service[];
  readonly userEndpoints: readonly Endpoints[];
  readonly userSlices: readonly EndpointSlice[];
  readonly ingresses: readonly Ingress[];
  readonly ingressClasses: readonly IngressClass[];
  readonly others: readonly OtherObject[];
  readonly namespaces: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  /** By `namespace/name`: pods made unready or deleted by events. */
  readonly podOverrides: ReadonlyMap<string, PodOverride>;
}

const inputsOf = new WeakMap<Cluster, ClusterInputs>();

export function clusterInputs(cluster: Cluster): ClusterInputs | undefined {
  return inputsOf.get(cluster);
}

export function assembleCluster(inputs: ClusterInputs): Cluster {
  const diagnostics = [...inputs.diagnostics];
  const deleted = new Set([...inputs.podOverrides].filter(([, o]) => o.deleted).map(([k]) => k));
  const built = buildPods(inputs.workloads, inputs.manifestPods.filter((p) => !deleted.has(`${p.meta.namespace}/${p.meta.name}`)), inputs.nodes, inputs.settings, deleted);
  const pods = built.pods.map((pod) => {
    const override = inputs.podOverrides.get(`${pod.meta.namespace}/${pod.meta.name}`);
    return override?.ready !== undefined ? { ...pod, ready: override.ready } : pod;
  });
  const { endpoints, endpointSlices } = runEndpointControllers(inputs.services, pods, inputs.nodes, inputs.userEndpoints, inputs.userSlices, inputs.settings, diagnostics);
  const dns = inputs.services.find((s) => s.meta.namespace === 'kube-system' && s.meta.name === 'kube-dns');
  const cluster: Cluster = {
    settings: inputs.settings,
    namespaces: inputs.namespaces,
    nodes: inputs.nodes,
    workloads: built.workloads,
    pods,
    services: inputs.services,
    endpoints,
    endpointSlices,
    ingresses: inputs.ingresses,
    ingressClasses: inputs.ingressClasses,
    others: inputs.others,
    dnsServiceIP: dns?.clusterIP ?? '',
    diagnostics,
  };
  inputsOf.set(cluster, inputs);
  return cluster;
}

function runEndpointControllers(
  services: readonly Service[],
  pods: readonly Pod[],
  nodes: readonly Node[],
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

