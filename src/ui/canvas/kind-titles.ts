import type { TFunction } from 'i18next';
import type { GraphNodeKind } from '../../core';
import { en } from './strings';

/** A kind's caption in the UI's language (Kubernetes kinds keep their English spelling in Chinese too). */
export function kindTitle(kind: GraphNodeKind, t: TFunction<'canvas'>): string {
  return t(`kind_${kind}`);
}

/** Kubernetes spelling of each kind, in English: for places that are not translated yet. */
export const KIND_TITLE: Readonly<Record<GraphNodeKind, string>> = {
  client: en.kind_client,
  loadbalancer: en.kind_loadbalancer,
  ingress: en.kind_ingress,
  service: en.kind_service,
  endpoints: en.kind_endpoints,
  endpointslice: en.kind_endpointslice,
  deployment: en.kind_deployment,
  replicaset: en.kind_replicaset,
  statefulset: en.kind_statefulset,
  daemonset: en.kind_daemonset,
  pod: en.kind_pod,
  node: en.kind_node,
  namespace: en.kind_namespace,
};
