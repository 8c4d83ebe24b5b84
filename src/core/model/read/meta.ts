import type { FieldReader } from '../../manifest/fields';
import { isRecord } from '../../manifest/objects';
import { stableHash } from '../../util/hash';
import type { ObjectMeta } from '../types';

/** Reads metadata. Namespaced kinds without a namespace land in `default`, as `kubectl apply` does. */
export function readMeta(reader: FieldReader, namespaced: boolean): ObjectMeta {
  const obj = reader.object;
  const metadata = isRecord(obj.raw['metadata']) ? obj.raw['metadata'] : {};
  const namespace = namespaced ? obj.namespace || 'default' : '';
  const uid = reader.string(metadata['uid'], 'metadata.uid') ?? uidFor(obj.kind, namespace, obj.name);
  return {
    name: obj.name,
    namespace,
    uid,
    labels: reader.stringMap(metadata['labels'], 'metadata.labels'),
    annotations: reader.stringMap(metadata['annotations'], 'metadata.annotations'),
    source: { location: obj.location, order: obj.order },
    system: false,
  };
}

/** A deterministic UID-shaped string, for objects whose text has none. */
export function uidFor(kind: string, namespace: string, name: string): string {
  const hex = (n: number): string => n.toString(16).padStart(8, '0');
  const a = stableHash(0, kind, namespace, name);
  const b = stableHash(1, kind, namespace, name);
  const c = stableHash(2, kind, namespace, name);
  const d = stableHash(3, kind, namespace, name);
  return `${hex(a)}-${hex(b).slice(0, 4)}-4${hex(b).slice(5, 8)}-a${hex(c).slice(1, 4)}-${hex(c).slice(4)}${hex(d)}`;
}

export function generatedMeta(
  name: string,
  namespace: string,
  labels: Readonly<Record<string, string>>,
  order: number,
  system = false,
): ObjectMeta {
  return {
    name,
    namespace,
    uid: uidFor('generated', namespace, name),
    labels,
    annotations: {},
    source: { order },
    system,
  };
}
