import type { Diagnostic, ObjectRef, Severity } from '../diagnostics';
import { isRecord, type ManifestObject } from './objects';

/**
 * Reads typed fields from an object and reports wrong types as located diagnostics instead of throwing.
 * Paths are dotted with numeric list indices (`spec.ports.0.port`); messages print them kubectl-style.
 */
export class FieldReader {
  readonly ref: ObjectRef;

  constructor(
    readonly object: ManifestObject,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.ref = object.namespace
      ? { kind: object.kind, namespace: object.namespace, name: object.name }
      : { kind: object.kind, name: object.name };
  }

  report(code: string, severity: Severity, message: string, path: string, hint?: string): void {
    const at = this.object.locate(path);
    this.diagnostics.push({
      code,
      severity,
      message,
      line: at.line,
      column: at.column,
      object: this.ref,
      ...(path ? { field: displayPath(path) } : {}),
      ...(hint ? { hint } : {}),
    });
  }

  private wrongType(path: string, expected: string, value: unknown): undefined {
    this.report(
      'FIELD_WRONG_TYPE',
      'error',
      `${displayPath(path)} must be ${expected}, not ${typeName(value)}; the field was ignored.`,
      path,
      `Write ${displayPath(path)} as ${expected}.`,
    );
    return undefined;
  }

  string(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    return this.wrongType(path, 'a string', value);
  }

  int(value: unknown, path: string): number | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    return this.wrongType(path, 'an integer', value);
  }

  bool(value: unknown, path: string): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    return this.wrongType(path, 'true or false', value);
  }

  /** An int or a string (IntOrString in the API). */
  intOrString(value: unknown, path: string): number | string | undefined {
    if (value === undefined || value === null) return undefined;
    if ((typeof value === 'number' && Number.isInteger(value)) || typeof value === 'string') return value;
    return this.wrongType(path, 'a number or a name', value);
  }

  record(value: unknown, path: string): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined;
    if (isRecord(value)) return value;
    return this.wrongType(path, 'a mapping', value);
  }

  /** A list of strings; items of another type are reported and left out. */
  strings(value: unknown, path: string): string[] {
    return this.list(value, path)
      .map((item, i) => this.string(item, `${path}.${i}`))
      .filter((s): s is string => s !== undefined);
  }

  list(value: unknown, path: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.wrongType(path, 'a list', value);
    return [];
  }

  /** A map of strings (labels, selectors, annotations); numbers and booleans are reported, as the API server rejects them. */
  stringMap(value: unknown, path: string): Record<string, string> {
    const record = this.record(value, path);
    const out: Record<string, string> = {};
    if (!record) return out;
    for (const [key, item] of Object.entries(record)) {
      // defineProperty, not `out[key] =`: a `__proto__` key must stay a (reportable) label, not become a prototype.
      if (typeof item === 'string' || item === null)
        Object.defineProperty(out, key, { value: item ?? '', enumerable: true, writable: true, configurable: true });
      else
        this.report(
          'FIELD_WRONG_TYPE',
          'error',
          // String() of a mapping can throw (a key named toString); only scalars get the quoting advice.
          `${displayPath(`${path}.${key}`)} must be a string, not ${typeName(item)}${typeof item === 'object' ? '.' : `; quote it ("${String(item)}").`}`,
          `${path}.${key}`,
          'Label and annotation values are strings in Kubernetes: put quotes around numbers and true/false.',
        );
    }
    return out;
  }
}

export function displayPath(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string "${value.slice(0, 30)}"`;
  return `${typeof value} ${String(value)}`;
}
