import type { ObjectRef } from '../diagnostics';
import type { Cluster } from '../model/types';
import { lastOrder } from './age';
import { defaultedEndpointSlice, defaultedEndpoints } from './defaults/endpoints';
import { defaultedIngress, defaultedNode } from './defaults/node-ingress';
import { defaultedPod } from './defaults/pod';
import { defaultedService } from './defaults/service';
import { defaultedOwnedReplicaSet, defaultedWorkload } from './defaults/workload';
import { findObject, metaOf } from './find-object';
import type { ManifestIndex } from './manifest-index';
import { sliceObjectSource } from './source-slice';
import { toKubectlYaml } from './yaml';

export interface ObjectYamlOptions {
  /** true: the object as the API server returns it; false: the text as pasted. */
  readonly defaults: boolean;
  /** The text the cluster was built from, read (see indexManifests); needed for the pasted text and raw fields. */
  readonly manifests?: ManifestIndex;
}

/**
 * One object as YAML: as pasted (the exact slice of the user's text, or undefined for objects svcscope made),
 * or with API defaults, allocation, controllers and status applied, as `kubectl get -o yaml` would show it.
 */
export function objectYaml(cluster: Cluster, ref: ObjectRef, options: ObjectYamlOptions): string | undefined {
  const found = findObject(cluster, ref);
  if (!found) return undefined;
  if (!options.defaults) {
    const meta = metaOf(found);
    const location = found.type === 'OwnedReplicaSet' ? undefined : meta.source.location;
    const index = options.manifests;
    if (!location || !index) return undefined;
    // The text may have changed since the cluster was built: only slice where that object still starts.
    const object = index.at(location);
    if (!object || object.kind !== ref.kind || object.name !== ref.name) return undefined;
    return sliceObjectSource(index.text, location);
  }
  const last = lastOrder(cluster);
  const index = options.manifests;
  switch (found.type) {
    case 'Service':
      return toKubectlYaml(defaultedService(found.object, last));
    case 'Pod':
      return toKubectlYaml(defaultedPod(cluster, found.object, last, index));
    case 'Workload':
      return toKubectlYaml(defaultedWorkload(cluster, found.object, last, index));
    case 'OwnedReplicaSet':
      return toKubectlYaml(defaultedOwnedReplicaSet(cluster, found.object, last, index));
    case 'Endpoints':
      return toKubectlYaml(defaultedEndpoints(cluster, found.object, last));
    case 'EndpointSlice':
      return toKubectlYaml(defaultedEndpointSlice(cluster, found.object, last));
    case 'Node':
      return toKubectlYaml(defaultedNode(cluster, found.object, last, index));
    case 'Ingress':
      return toKubectlYaml(defaultedIngress(found.object, last));
  }
}
