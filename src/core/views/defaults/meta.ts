import type { ObjectMeta } from '../../model/types';
import { creationTimestamp } from '../age';

type Json = Record<string, unknown>;

/** metadata as the API server returns it: what the text had, plus uid and creationTimestamp. */
export function objectMetadata(meta: ObjectMeta, last: number, extra: Json = {}): Json {
  return {
    ...(Object.keys(meta.annotations).length > 0 ? { annotations: { ...meta.annotations } } : {}),
    creationTimestamp: creationTimestamp(meta, last),
    ...(Object.keys(meta.labels).length > 0 ? { labels: { ...meta.labels } } : {}),
    name: meta.name,
    ...(meta.namespace !== '' ? { namespace: meta.namespace } : {}),
    uid: meta.uid,
    ...extra,
  };
}

/** An ownerReference as controllers write it. */
export function controllerRef(apiVersion: string, kind: string, name: string, uid: string): Json {
  return { apiVersion, blockOwnerDeletion: true, controller: true, kind, name, uid };
}
