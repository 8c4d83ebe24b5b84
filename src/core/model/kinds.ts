/**
 * The kinds svcscope simulates and the apiVersions it reads them in. Legacy versions (seen in older
 * tutorials and in the seeds) are read the way the API server converted them, with a warning.
 */
export const SIMULATED_KINDS = {
  Namespace: { current: ['v1'], legacy: [] },
  Node: { current: ['v1'], legacy: [] },
  Pod: { current: ['v1'], legacy: [] },
  Service: { current: ['v1'], legacy: [] },
  Endpoints: { current: ['v1'], legacy: [] },
  EndpointSlice: { current: ['discovery.k8s.io/v1'], legacy: ['discovery.k8s.io/v1beta1'] },
  Deployment: { current: ['apps/v1'], legacy: ['apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'] },
  ReplicaSet: { current: ['apps/v1'], legacy: ['apps/v1beta2', 'extensions/v1beta1'] },
  StatefulSet: { current: ['apps/v1'], legacy: ['apps/v1beta1', 'apps/v1beta2'] },
  DaemonSet: { current: ['apps/v1'], legacy: ['apps/v1beta2', 'extensions/v1beta1'] },
  Ingress: { current: ['networking.k8s.io/v1'], legacy: ['networking.k8s.io/v1beta1', 'extensions/v1beta1'] },
  IngressClass: { current: ['networking.k8s.io/v1'], legacy: ['networking.k8s.io/v1beta1'] },
} as const satisfies Record<string, { current: readonly string[]; legacy: readonly string[] }>;

export type SimulatedKind = keyof typeof SIMULATED_KINDS;

export function isSimulatedKind(kind: string): kind is SimulatedKind {
  return Object.hasOwn(SIMULATED_KINDS, kind);
}

export type VersionCheck = 'current' | 'legacy' | 'unknown';

export function checkApiVersion(kind: SimulatedKind, apiVersion: string): VersionCheck {
  const entry = SIMULATED_KINDS[kind];
  if ((entry.current as readonly string[]).includes(apiVersion)) return 'current';
  if ((entry.legacy as readonly string[]).includes(apiVersion)) return 'legacy';
  return 'unknown';
}

export const DEFAULT_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];
