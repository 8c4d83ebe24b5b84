import type { ObjectRef } from '../diagnostics';

/**
 * What a graph node id (see buildGraph's nodeId) stands for. A load balancer and an Endpoints node stand for
 * their Service's object where that is what a user asks about; the client outside the cluster is no object.
 */
export type GraphTarget =
  | { readonly type: 'object'; readonly ref: ObjectRef; readonly via?: 'loadbalancer' }
  | { readonly type: 'client' };

const KINDS: Readonly<Record<string, string>> = {
  node: 'Node',
  pod: 'Pod',
  service: 'Service',
  endpoints: 'Endpoints',
  endpointslice: 'EndpointSlice',
  deployment: 'Deployment',
  replicaset: 'ReplicaSet',
  statefulset: 'StatefulSet',
  daemonset: 'DaemonSet',
  ingress: 'Ingress',
};

export function graphTarget(nodeId: string): GraphTarget | undefined {
  const [prefix = '', ...rest] = nodeId.split('/');
  if (prefix === 'client') return { type: 'client' };
  if (prefix === 'node' && rest.length === 1 && rest[0]) return { type: 'object', ref: { kind: 'Node', name: rest[0] } };
  if (rest.length !== 2 || !rest[0] || !rest[1]) return undefined;
  const [namespace, name] = rest as [string, string];
  if (prefix === 'loadbalancer') return { type: 'object', ref: { kind: 'Service', namespace, name }, via: 'loadbalancer' };
  const kind = KINDS[prefix];
  return kind ? { type: 'object', ref: { kind, namespace, name } } : undefined;
}
