import { CORE_SCHEMA, load } from 'js-yaml';
import type { YamlScalar } from './yaml-tree';

/** A value an edit writes: what Kubernetes fields hold. */
export type EditValue = string | number | boolean | readonly EditValue[] | { readonly [key: string]: EditValue };

/** Block YAML as people write it, flow YAML (`{a: b}`), or JSON (what `kubectl get -o json` prints). */
export type Syntax = 'block' | 'flow' | 'json';

/** Characters a plain scalar may use here without any chance of meaning something else in YAML. */
const PLAIN_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Whether `value` can be written unquoted and still read back as this same string (not a number, bool, null). */
export function isPlainSafe(value: string): boolean {
  if (!PLAIN_SAFE.test(value)) return false;
  try {
    return load(value, { schema: CORE_SCHEMA }) === value;
  } catch {
    return false;
  }
}

export function renderString(value: string, syntax: Syntax, prefer: YamlScalar['style'] = 'plain'): string {
  if (syntax === 'json') return JSON.stringify(value);
  if (prefer === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (prefer === 'double' || !isPlainSafe(value)) return JSON.stringify(value);
  return value;
}

export function renderScalar(value: string | number | boolean, syntax: Syntax, prefer?: YamlScalar['style']): string {
  return typeof value === 'string' ? renderString(value, syntax, prefer) : String(value);
}

function isCollection(value: EditValue): value is readonly EditValue[] | { readonly [key: string]: EditValue } {
  return typeof value === 'object';
}

/** One line, `{a: b}` / `[a]` style; JSON when the surrounding text is JSON. */
export function renderFlow(value: EditValue, syntax: Syntax): string {
  if (!isCollection(value)) return renderScalar(value, syntax);
  const inner = syntax === 'json' ? 'json' : 'flow';
  if (Array.isArray(value)) return `[${value.map((v: EditValue) => renderFlow(v, inner)).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${renderString(k, inner)}: ${renderFlow(v, inner)}`);
  return `{${entries.join(', ')}}`;
}

/**
 * `key: value` in block style, as lines. The first line carries no indentation (it is inserted where the
 * cursor already stands at `column`); the others are indented absolutely.
 */
export function renderBlockEntry(key: string, value: EditValue, column: number, unit: number): string {
  const head = `${renderString(key, 'block')}:`;
  if (!isCollection(value)) return `${head} ${renderScalar(value, 'block')}`;
  if (isEmptyCollection(value)) return `${head} ${renderFlow(value, 'flow')}`;
  // Sequences under a key sit at the key's column, as kubectl writes them.
  const childColumn = Array.isArray(value) ? column : column + unit;
  return `${head}\n${' '.repeat(childColumn)}${renderBlockValue(value, childColumn, unit)}`;
}

/** A mapping's entries or a sequence's items, in block style; the first line carries no indentation. */
export function renderBlockValue(value: EditValue, column: number, unit: number): string {
  if (!isCollection(value) || isEmptyCollection(value)) return renderFlow(value, 'flow');
  const pad = ' '.repeat(column);
  if (Array.isArray(value)) {
    return value.map((item: EditValue) => `- ${renderBlockValue(item, column + 2, unit)}`).join(`\n${pad}`);
  }
  return Object.entries(value)
    .map(([k, v]) => renderBlockEntry(k, v, column, unit))
    .join(`\n${pad}`);
}

function isEmptyCollection(value: EditValue): boolean {
  if (!isCollection(value)) return false;
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** `a.b.c` → `{a: {b: {c: value}}}`: what to write where the path does not exist yet. */
export function nest(keys: readonly string[], value: EditValue): EditValue {
  return keys.reduceRight<EditValue>((inner, key) => ({ [key]: inner }), value);
}
