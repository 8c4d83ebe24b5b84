import type { Diagnostic, ObjectRef, Severity, SourceLocation } from '../diagnostics';
import { displayPath } from '../manifest/fields';
import { labelsMatch } from '../model/read/selector';
import type { Cluster, Endpoints, EndpointSlice, Labels, ObjectMeta, Pod, Service, Workload } from '../model/types';
import type { FindingCode } from './codes';
import { groupPods, type PodGroup } from './pod-groups';

/**
 * Where a field of an object was written, or undefined when the locator cannot tell. Field paths are
 * dotted with numeric list indices (`spec.ports.0.targetPort`), as the manifest reader records them.
 */
export type FieldLocator = (object: ObjectRef, field: string) => SourceLocation | undefined;

export interface DiagnoseOptions {
  /** Field-level positions; without it findings point at the line where their object starts. */
  readonly locate?: FieldLocator;
}

export interface FindingInput {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly kind: string;
  readonly meta: ObjectMeta;
  /** Candidate field paths, most specific last or first: the one written furthest down the text wins. */
  readonly fields?: readonly string[];
  readonly message: string;
  readonly hint: string;
}

/** The cluster, indexed once, and the one way checks turn what they found into a located Diagnostic. */
export interface DiagnoseContext {
  readonly cluster: Cluster;
  podsIn(namespace: string): readonly Pod[];
  workloadsIn(namespace: string): readonly Workload[];
  /** groupPods of the namespace's pods, computed once: every Service whose selector misses looks at them. */
  podGroupsIn(namespace: string): readonly PodGroup[];
  /** Whether any pod stands for this workload. */
  hasPods(workload: Workload): boolean;
  /** Pods whose labels satisfy an equality selector, in one namespace or (without one) anywhere. */
  podsMatching(selector: Labels, namespace?: string): Pod[];
  /** A value computed once per diagnoseCluster run, for work many findings share. */
  memo<T>(key: string, make: () => T): T;
  service(namespace: string, name: string): Service | undefined;
  endpoints(namespace: string, name: string): Endpoints | undefined;
  slicesOf(service: Service): readonly EndpointSlice[];
  finding(input: FindingInput): Diagnostic;
}

const key = (namespace: string, name: string): string => `${namespace}/${name}`;

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Objects the user wrote (or dumped). svcscope's own additions (system Services, CoreDNS, the ingress-nginx
 * add-on) are not judged: their author is svcscope, and a finding without a line helps nobody.
 */
export function isUserWritten(meta: ObjectMeta): boolean {
  return !meta.system && meta.source.location !== undefined;
}

export function refOf(kind: string, meta: ObjectMeta): ObjectRef {
  return meta.namespace ? { kind, namespace: meta.namespace, name: meta.name } : { kind, name: meta.name };
}

function after(a: SourceLocation, b: SourceLocation): boolean {
  return a.line > b.line || (a.line === b.line && a.column > b.column);
}

export function createContext(cluster: Cluster, options: DiagnoseOptions = {}): DiagnoseContext {
  const pods = group(cluster.pods, (p) => p.meta.namespace);
  const workloads = group(cluster.workloads, (w) => w.meta.namespace);
  const services = new Map(cluster.services.map((s) => [key(s.meta.namespace, s.meta.name), s]));
  const endpoints = new Map(cluster.endpoints.map((e) => [key(e.meta.namespace, e.meta.name), e]));
  const slices = group(cluster.endpointSlices, (s) => key(s.meta.namespace, s.serviceName));
  const locate = options.locate;
  const podGroups = new Map<string, readonly PodGroup[]>();
  const memos = new Map<string, unknown>();
  // Pods by one label pair: a selector's first pair narrows thousands of pods to a handful at once.
  let byLabel: Map<string, Pod[]> | undefined;
  const podsLabelled = (key: string, value: string): readonly Pod[] => {
    if (!byLabel) {
      byLabel = new Map();
      for (const pod of cluster.pods)
        for (const [k, v] of Object.entries(pod.meta.labels)) {
          const list = byLabel.get(`${k}\u0000${v}`);
          if (list) list.push(pod);
          else byLabel.set(`${k}\u0000${v}`, [pod]);
        }
    }
    return byLabel.get(`${key}\u0000${value}`) ?? [];
  };
  const workloadsWithPods = new Set(cluster.pods.flatMap((p) => (p.workload ? [`${p.meta.namespace}/${p.workload.kind}/${p.workload.name}`] : [])));

  return {
    cluster,
    podsIn: (namespace) => pods.get(namespace) ?? [],
    workloadsIn: (namespace) => workloads.get(namespace) ?? [],
    podGroupsIn(namespace) {
      let groups = podGroups.get(namespace);
      if (!groups) podGroups.set(namespace, (groups = groupPods(pods.get(namespace) ?? [])));
      return groups;
    },
    hasPods: (w) => workloadsWithPods.has(`${w.meta.namespace}/${w.kind}/${w.meta.name}`),
    podsMatching(selector, namespace) {
      const first = Object.entries(selector)[0];
      const pool = first ? podsLabelled(first[0], first[1]) : namespace !== undefined ? (pods.get(namespace) ?? []) : cluster.pods;
      return pool.filter((p) => (namespace === undefined || p.meta.namespace === namespace) && labelsMatch(selector, p.meta.labels));
    },
    memo<T>(key: string, make: () => T): T {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
    service: (namespace, name) => services.get(key(namespace, name)),
    endpoints: (namespace, name) => endpoints.get(key(namespace, name)),
    slicesOf: (service) => slices.get(key(service.meta.namespace, service.meta.name)) ?? [],
    finding(input) {
      const object = refOf(input.kind, input.meta);
      const fields = input.fields ?? [];
      // A locator falls back to the nearest written ancestor, so the candidate located furthest down is
      // the most specific one that was actually written (a legacy Ingress has servicePort, not service.port).
      let best: { at: SourceLocation; field: string } | undefined;
      if (locate)
        for (const candidate of fields) {
          const found = locate(object, candidate);
          if (found && (!best || after(found, best.at))) best = { at: found, field: candidate };
        }
      const at = best?.at ?? input.meta.source.location;
      const field = best?.field ?? fields[0];
      return {
        code: input.code,
        severity: input.severity,
        message: input.message,
        ...(at ? { line: at.line, column: at.column } : {}),
        object,
        ...(field !== undefined ? { field: displayPath(field) } : {}),
        hint: input.hint,
      };
    },
  };
}
