import type { ManifestEdit } from '../../core';
import type { ServiceFacts } from './whatif-actions';

/** One key=value line of the selector editor, as typed. */
export interface SelectorRow {
  readonly key: string;
  readonly value: string;
}

// The API server's rules for label keys (optional DNS prefix, then a name) and values.
const NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
const PREFIX = /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)?$/;

export function rowsOf(selector: Readonly<Record<string, string>> | null): SelectorRow[] {
  return Object.entries(selector ?? {}).map(([key, value]) => ({ key, value }));
}

function keyProblem(key: string): string | null {
  const slash = key.lastIndexOf('/');
  const [prefix, name] = slash === -1 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
  if (prefix !== undefined && !PREFIX.test(prefix)) return `"${key}": the prefix must be a DNS subdomain`;
  return NAME.test(name) ? null : `"${key}": a label key is up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit`;
}

/**
 * Rows → the selector edit, or what is wrong with them in the API server's words. Blank rows are ignored;
 * an empty selector is allowed (the Service then has no selector).
 */
export function selectorEdit(facts: ServiceFacts, rows: readonly SelectorRow[]): { readonly edit: ManifestEdit } | { readonly error: string } {
  const selector: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    const value = row.value.trim();
    if (key === '' && value === '') continue;
    if (key === '') return { error: `The value "${value}" needs a key` };
    const problem = keyProblem(key);
    if (problem) return { error: problem };
    if (!VALUE.test(value))
      return { error: `"${value}": a label value is up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit` };
    if (Object.hasOwn(selector, key)) return { error: `"${key}" is there twice` };
    selector[key] = value;
  }
  return { edit: { type: 'set-selector', namespace: facts.namespace, name: facts.name, selector } };
}
