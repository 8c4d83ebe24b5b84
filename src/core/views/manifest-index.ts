import type { SourceLocation } from '../diagnostics';
import { isRecord, readManifests, type ManifestObject } from '../manifest/objects';

/**
 * The user's text read once more, for what the cluster model does not keep: the object's text as written,
 * and its raw fields (a container's env, a Node's status). Objects are found by where they start, which the
 * model keeps (`meta.source.location`), so a text edited since the cluster was built finds nothing rather
 * than the wrong thing.
 */
export interface ManifestIndex {
  readonly text: string;
  at(location: SourceLocation): ManifestObject | undefined;
}

export function indexManifests(text: string): ManifestIndex {
  const byLocation = new Map<string, ManifestObject>();
  for (const object of readManifests(text).objects) byLocation.set(`${object.location.line}:${object.location.column}`, object);
  return { text, at: (location) => byLocation.get(`${location.line}:${location.column}`) };
}

/** The raw object at `location` if it is still the object of that kind and name. */
export function rawAt(index: ManifestIndex | undefined, location: SourceLocation | undefined, kind: string, name: string): Readonly<Record<string, unknown>> | undefined {
  if (!index || !location) return undefined;
  const object = index.at(location);
  return object && object.kind === kind && object.name === name ? object.raw : undefined;
}

/** A nested record of a raw object (`spec`, `template`, `spec`), if every step is a mapping. */
export function rawPath(raw: unknown, ...path: readonly string[]): Readonly<Record<string, unknown>> | undefined {
  let here: unknown = raw;
  for (const key of path) {
    if (!isRecord(here)) return undefined;
    here = here[key];
  }
  return isRecord(here) ? here : undefined;
}
