import type { ManifestEdit } from '../../core';
import type { ServiceFacts, WhatIfT } from './whatif-actions';

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

/** What the API server would refuse in the rows; worded at render time, so it follows the language. */
export type SelectorProblem =
  | { readonly type: 'value-needs-key'; readonly value: string }
  | { readonly type: 'bad-prefix'; readonly key: string }
  | { readonly type: 'bad-key'; readonly key: string }
  | { readonly type: 'bad-value'; readonly value: string }
  | { readonly type: 'key-twice'; readonly key: string };

function keyProblem(key: string): SelectorProblem | null {
  const slash = key.lastIndexOf('/');
  const [prefix, name] = slash === -1 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
  if (prefix !== undefined && !PREFIX.test(prefix)) return { type: 'bad-prefix', key };
  return NAME.test(name) ? null : { type: 'bad-key', key };
}

/**
 * Rows → the selector edit, or what is wrong with them as the API server sees it. Blank rows are ignored;
 * an empty selector is allowed (the Service then has no selector).
 */
export function selectorEdit(facts: ServiceFacts, rows: readonly SelectorRow[]): { readonly edit: ManifestEdit } | { readonly error: SelectorProblem } {
  const selector: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    const value = row.value.trim();
    if (key === '' && value === '') continue;
    if (key === '') return { error: { type: 'value-needs-key', value } };
    const problem = keyProblem(key);
    if (problem) return { error: problem };
    if (!VALUE.test(value)) return { error: { type: 'bad-value', value } };
    if (Object.hasOwn(selector, key)) return { error: { type: 'key-twice', key } };
    selector[key] = value;
  }
  return { edit: { type: 'set-selector', namespace: facts.namespace, name: facts.name, selector } };
}

/** The problem in the API server's words (the rules for label keys and values). */
export function selectorProblemText(problem: SelectorProblem, t: WhatIfT): string {
  switch (problem.type) {
    case 'value-needs-key':
      return t('valueNeedsKey', { value: problem.value });
    case 'bad-prefix':
      return t('badPrefix', { key: problem.key });
    case 'bad-key':
      return t('badKey', { key: problem.key });
    case 'bad-value':
      return t('badValue', { value: problem.value });
    case 'key-twice':
      return t('keyTwice', { key: problem.key });
  }
}
