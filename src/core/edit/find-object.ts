import { splitDocuments } from '../manifest/split-documents';
import { mapGet, parseYamlTree, scalarText, type YamlMap, type YamlNode } from './yaml-tree';

/** Which object an edit is about, as the cluster model names it (namespace filled in: `default` when absent). */
export interface ObjectTarget {
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

export type FindResult = { readonly found: true; readonly node: YamlMap } | { readonly found: false; readonly reason: string };

/**
 * Finds an object's mapping in a multi-document text, looking into `kind: List` dumps too. Only documents
 * that mention the name are parsed, so an edit in a large paste parses one document, not all of them.
 * The last of duplicates wins, as when the text is read.
 */
export function findObject(text: string, target: ObjectTarget): FindResult {
  let found: YamlMap | undefined;
  let brokenLine: number | undefined;
  for (const chunk of splitDocuments(text)) {
    if (!chunk.text.includes(target.name)) continue;
    let roots: YamlNode[];
    try {
      roots = parseYamlTree(chunk.text, chunk.offset);
    } catch (error) {
      const position = (error as { mark?: { position?: number } }).mark?.position;
      brokenLine ??= lineAt(text, chunk.offset + (typeof position === 'number' ? position : 0));
      continue;
    }
    for (const root of roots) {
      for (const object of objectsIn(root)) if (matches(object, target)) found = object;
    }
  }
  if (found) return { found: true, node: found };
  const what = `${target.kind} ${target.namespace}/${target.name}`;
  const reason =
    brokenLine === undefined
      ? `${what} is not in the text (it may have been renamed or removed since).`
      : `${what} was not found: its document could not be read (YAML error at line ${brokenLine}). Fix it, then try again.`;
  return { found: false, reason };
}

function objectsIn(root: YamlNode): YamlMap[] {
  if (root.kind !== 'map') return [];
  const kind = scalarText(mapGet(root, 'kind')?.value);
  const items = mapGet(root, 'items')?.value;
  if (kind !== undefined && /List$/.test(kind) && items?.kind === 'seq') return items.items.flatMap(objectsIn);
  return [root];
}

function matches(object: YamlMap, target: ObjectTarget): boolean {
  if (scalarText(mapGet(object, 'kind')?.value) !== target.kind) return false;
  const metadata = mapGet(object, 'metadata')?.value;
  if (metadata?.kind !== 'map') return false;
  if (scalarText(mapGet(metadata, 'name')?.value) !== target.name) return false;
  // Every kind svcscope edits is namespaced; like kubectl apply, no namespace means `default`.
  const namespace = scalarText(mapGet(metadata, 'namespace')?.value) || 'default';
  return namespace === target.namespace;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
