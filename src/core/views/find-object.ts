import type { ObjectRef } from '../diagnostics';
import type { Cluster, EndpointSlice, Endpoints, Ingress, Node, ObjectMeta, Pod, Service, Workload } from '../model/types';

/** An object of the cluster model by kind, namespace and name, tagged by what it is. */
export type FoundObject =
  | { readonly type: 'Service'; readonly object: Service }
  | { readonly type: 'Pod'; readonly object: Pod }
  | { readonly type: 'Workload'; readonly object: Workload }
  /** The ReplicaSet a Deployment owns (svcscope keeps it inside the Deployment). */
  | { readonly type: 'OwnedReplicaSet'; readonly object: Workload }
  | { readonly type: 'Endpoints'; readonly object: Endpoints }
  | { readonly type: 'EndpointSlice'; readonly object: EndpointSlice }
  | { readonly type: 'Node'; readonly object: Node }
  | { readonly type: 'Ingress'; readonly object: Ingress };

const WORKLOAD_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

export function findObject(cluster: Cluster, ref: ObjectRef): FoundObject | undefined {
  const namespace = ref.namespace ?? '';
  const is = (meta: ObjectMeta): boolean => meta.name === ref.name && meta.namespace === namespace;
  const found = <T extends FoundObject['type'], O>(type: T, object: O | undefined) => (object === undefined ? undefined : ({ type, object } as FoundObject));
  switch (ref.kind) {
    case 'Service':
      return found('Service', cluster.services.find((s) => is(s.meta)));
    case 'Pod':
      return found('Pod', cluster.pods.find((p) => is(p.meta)));
    case 'Endpoints':
      return found('Endpoints', cluster.endpoints.find((e) => is(e.meta)));
    case 'EndpointSlice':
      return found('EndpointSlice', cluster.endpointSlices.find((e) => is(e.meta)));
    case 'Node':
      return found('Node', cluster.nodes.find((n) => n.name === ref.name));
    case 'Ingress':
      return found('Ingress', cluster.ingresses.find((i) => is(i.meta)));
    default: {
      if (!WORKLOAD_KINDS.has(ref.kind)) return undefined;
      const own = cluster.workloads.find((w) => w.kind === ref.kind && is(w.meta));
      if (own) return { type: 'Workload', object: own };
      if (ref.kind !== 'ReplicaSet') return undefined;
      const owner = cluster.workloads.find((w) => w.kind === 'Deployment' && w.meta.namespace === namespace && w.replicaSetName === ref.name);
      return owner ? { type: 'OwnedReplicaSet', object: owner } : undefined;
    }
  }
}

/** The metadata of a found object (an owned ReplicaSet has its Deployment's). */
export function metaOf(found: FoundObject): ObjectMeta {
  return found.object.meta;
}
