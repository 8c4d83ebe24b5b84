import type { GraphNodeKind } from '../../core';

/** Kubernetes spelling of each kind, for captions and accessible names. */
export const KIND_TITLE: Readonly<Record<GraphNodeKind, string>> = {
  client: 'Client',
  loadbalancer: 'Load balancer',
  ingress: 'Ingress',
  service: 'Service',
  endpoints: 'Endpoints',
  endpointslice: 'EndpointSlice',
  deployment: 'Deployment',
  replicaset: 'ReplicaSet',
  statefulset: 'StatefulSet',
  daemonset: 'DaemonSet',
  pod: 'Pod',
  node: 'Node',
  namespace: 'Namespace',
};
