import type { Diagnostic, SourceLocation } from '../diagnostics';
import { parseYamlDocuments, type ParsedDocument } from './parse-yaml';

/** One Kubernetes object from the user's text, with a way to find where any of its fields was written. */
export interface ManifestObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  /** As written; '' when absent. */
  readonly namespace: string;
  readonly raw: Readonly<Record<string, unknown>>;
  readonly location: SourceLocation;
  /** 0-based order of the object in the text (List items count one each). */
  readonly order: number;
  /** Where a field was written (`spec.ports.0.targetPort`), else the nearest written ancestor. */
  locate(field: string): SourceLocation;
}

export interface ReadManifestsResult {
  readonly objects: ManifestObject[];
  readonly diagnostics: Diagnostic[];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text → objects: multi-document YAML or JSON, `kind: List` flattened (what `kubectl get -o yaml` prints). */
export function readManifests(text: string): ReadManifestsResult {
  const parsed = parseYamlDocuments(text);
  const diagnostics = [...parsed.diagnostics];
  const objects: ManifestObject[] = [];
  for (const doc of parsed.documents) {
    if (doc.value === null || doc.value === undefined) continue;
    collect(doc, doc.value, '', objects, diagnostics);
  }
  return { objects, diagnostics };
}

function makeLocator(doc: ParsedDocument, prefix: string): (field: string) => SourceLocation {
  return (field: string) => {
    const path = [prefix, field].filter((p) => p !== '').join('.');
    let node = doc.positions;
    if (path !== '')
      for (const segment of path.split('.')) {
        const next = node.children?.get(segment);
        if (!next) break;
        node = next;
      }
    return doc.lines.locate(node.offset);
  };
}

function collect(
  doc: ParsedDocument,
  value: unknown,
  prefix: string,
  out: ManifestObject[],
  diagnostics: Diagnostic[],
): void {
  const locate = makeLocator(doc, prefix);
  const at = locate('');
  if (!isRecord(value)) {
    diagnostics.push({
      code: 'NOT_AN_OBJECT',
      severity: 'error',
      message: `Expected a Kubernetes object (a mapping with apiVersion, kind and metadata) at line ${at.line}, found ${describeValue(value)}.`,
      line: at.line,
      column: at.column,
      hint: 'Each YAML document should be one object; separate objects with a line of three dashes (---).',
    });
    return;
  }
  const kind = value['kind'];
  if (typeof kind === 'string' && /List$/.test(kind) && Array.isArray(value['items'])) {
    value['items'].forEach((item: unknown, i: number) => {
      collect(doc, item, prefix === '' ? `items.${i}` : `${prefix}.items.${i}`, out, diagnostics);
    });
    return;
  }
  const apiVersion = value['apiVersion'];
  const metadata = isRecord(value['metadata']) ? value['metadata'] : {};
  const name = typeof metadata['name'] === 'string' ? metadata['name'] : typeof metadata['generateName'] === 'string' ? `${metadata['generateName']}` : '';
  if (typeof kind !== 'string' || kind === '' || typeof apiVersion !== 'string' || apiVersion === '') {
    const missing = typeof kind !== 'string' || kind === '' ? 'kind' : 'apiVersion';
    diagnostics.push({
      code: 'MISSING_TYPE',
      severity: 'error',
      message: `The object at line ${at.line} has no ${missing}; it was skipped.`,
      line: at.line,
      column: at.column,
      ...(name ? { object: { kind: typeof kind === 'string' ? kind : '?', name } } : {}),
      hint: `Every object needs apiVersion and kind, e.g. "apiVersion: v1" and "kind: Service".`,
    });
    return;
  }
  if (name === '') {
    diagnostics.push({
      code: 'MISSING_NAME',
      severity: 'error',
      message: `The ${kind} at line ${at.line} has no metadata.name; it was skipped.`,
      line: at.line,
      column: at.column,
      object: { kind, name: '' },
      hint: 'Add metadata.name.',
    });
    return;
  }
  out.push({
    apiVersion,
    kind,
    name,
    namespace: typeof metadata['namespace'] === 'string' ? metadata['namespace'] : '',
    raw: value,
    location: at,
    order: out.length,
    locate,
  });
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}
