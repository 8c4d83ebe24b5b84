import type { ObjectRef, SourceLocation } from '../diagnostics';
import { readManifests, type ManifestObject } from '../manifest/objects';
import type { FieldLocator } from './context';

const CLUSTER_SCOPED: ReadonlySet<string> = new Set(['Node', 'Namespace', 'IngressClass']);

function keyOf(kind: string, namespace: string, name: string): string {
  return `${kind}/${CLUSTER_SCOPED.has(kind) ? '' : namespace || 'default'}/${name}`;
}

/**
 * Field positions by reading the text again. The cluster model keeps only where each object starts;
 * until it carries field positions, lintText re-reads the text, and only lazily: a text without findings
 * is never read twice. The later of two duplicates wins, as in the model (kubectl apply keeps the last).
 */
export function locatorForText(text: string): FieldLocator {
  let index: Map<string, ManifestObject> | undefined;
  return (ref: ObjectRef, field: string): SourceLocation | undefined => {
    if (!index) {
      index = new Map();
      for (const o of readManifests(text).objects) index.set(keyOf(o.kind, o.namespace, o.name), o);
    }
    return index.get(keyOf(ref.kind, ref.namespace ?? '', ref.name))?.locate(field);
  };
}
