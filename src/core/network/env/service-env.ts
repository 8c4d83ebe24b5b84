import type { ObjectRef } from '../../diagnostics';
import type { Cluster, Pod, Service } from '../../model/types';

/** One variable the kubelet adds to every container of the pod for a Service (pkg/kubelet/envvars). */
export interface ServiceEnvVar {
  readonly name: string;
  readonly value: string;
  readonly service: ObjectRef;
}

/** Why a Service does or does not give the pod variables, for the pod's panel and for diagnostics. */
export type ServiceEnvReason =
  | 'included'
  | 'other-namespace'
  | 'created-after-pod'
  | 'headless'
  | 'no-cluster-ip'
  | 'service-links-disabled'
  | 'overridden-by-namespace-kubernetes';

export interface ServiceEnvDecision {
  readonly service: ObjectRef;
  readonly reason: ServiceEnvReason;
}

/**
 * The decision for every Service, as kubelet's getServiceEnvVarMap makes it: only Services that exist
 * when the container starts, with a cluster IP; those of the pod's namespace unless enableServiceLinks is
 * false; and default/kubernetes always, unless the pod's namespace has its own `kubernetes` Service.
 */
export function explainServiceEnvVars(cluster: Cluster, pod: Pod): ServiceEnvDecision[] {
  const ns = pod.meta.namespace;
  const shadowed = pod.spec.enableServiceLinks && ns !== 'default' && cluster.services.some(
    (s) => s.meta.namespace === ns && s.meta.name === 'kubernetes' && hasClusterIP(s) && existedBefore(cluster, s, pod),
  );
  return cluster.services.map((s) => ({ service: ref(s), reason: decide(cluster, s, pod, shadowed) }));
}

function decide(cluster: Cluster, s: Service, pod: Pod, shadowed: boolean): ServiceEnvReason {
  const isMaster = s.meta.namespace === 'default' && s.meta.name === 'kubernetes';
  if (!isMaster && s.meta.namespace !== pod.meta.namespace) return 'other-namespace';
  if (!existedBefore(cluster, s, pod)) return 'created-after-pod';
  if (s.clusterIP === 'None') return 'headless';
  if (!hasClusterIP(s)) return 'no-cluster-ip';
  if (isMaster) return shadowed ? 'overridden-by-namespace-kubernetes' : 'included';
  return pod.spec.enableServiceLinks ? 'included' : 'service-links-disabled';
}

/**
 * The variables in the order the kubelet builds them per Service (envvars.FromServices). Across Services
 * the kubelet's order is a Go map's, i.e. random; svcscope lists Services by name so the list is stable.
 */
export function serviceEnvVars(cluster: Cluster, pod: Pod): ServiceEnvVar[] {
  const included = new Set(
    explainServiceEnvVars(cluster, pod)
      .filter((d) => d.reason === 'included')
      .map((d) => `${d.service.namespace ?? ''}/${d.service.name}`),
  );
  return cluster.services
    .filter((s) => included.has(`${s.meta.namespace}/${s.meta.name}`))
    .sort((a, b) => (a.meta.name < b.meta.name ? -1 : a.meta.name > b.meta.name ? 1 : 0))
    .flatMap(varsForService);
}

function varsForService(s: Service): ServiceEnvVar[] {
  const service = ref(s);
  const prefix = envName(s.meta.name);
  const ip = s.clusterIP;
  const out: ServiceEnvVar[] = [];
  const push = (name: string, value: string | number): void => void out.push({ name, value: String(value), service });
  push(`${prefix}_SERVICE_HOST`, ip);
  const first = s.ports[0];
  // The API server rejects a Service with a cluster IP and no ports; without one there is nothing more to say.
  if (!first) return out;
  push(`${prefix}_SERVICE_PORT`, first.port);
  for (const p of s.ports) if (p.name) push(`${prefix}_SERVICE_PORT_${envName(p.name)}`, p.port);
  const hostPort = (port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);
  push(`${prefix}_PORT`, `${first.protocol.toLowerCase()}://${hostPort(first.port)}`);
  for (const p of s.ports) {
    const proto = p.protocol.toLowerCase();
    const portPrefix = `${prefix}_PORT_${p.port}_${p.protocol.toUpperCase()}`;
    push(portPrefix, `${proto}://${hostPort(p.port)}`);
    push(`${portPrefix}_PROTO`, proto);
    push(`${portPrefix}_PORT`, p.port);
    push(`${portPrefix}_ADDR`, ip);
  }
  return out;
}

/** `my-svc` → `MY_SVC`: upper case and `-` → `_`, nothing more (so a port named `8083` stays `8083`). */
export function envName(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/**
 * Whether the Service existed when the pod's containers started. The text's order stands for creation
 * order; a pod a workload made starts after its workload is applied; system Services exist first.
 */
export function existedBefore(cluster: Cluster, s: Service, pod: Pod): boolean {
  if (s.meta.system) return true;
  if (s.meta.source.order < pod.meta.source.order) return true;
  if (pod.fromManifest || !pod.workload) return false;
  const w = pod.workload;
  const owner = cluster.workloads.find((x) => x.meta.namespace === pod.meta.namespace && x.kind === w.kind && x.meta.name === w.name);
  return owner !== undefined && owner.meta.source.order > s.meta.source.order;
}

function hasClusterIP(s: Service): boolean {
  return s.clusterIP !== '' && s.clusterIP !== 'None';
}

function ref(s: Service): ObjectRef {
  return { kind: 'Service', namespace: s.meta.namespace, name: s.meta.name };
}
