/**
 * kubectl's label selector syntax (`-l`): `app=web`, `tier!=db`, `env`, `!legacy`, `tier in (a,b)`,
 * `tier notin (a)`, joined by commas (all must hold). Used by the graph's label filter.
 */
export type LabelRequirement =
  | { readonly op: 'eq' | 'neq'; readonly key: string; readonly value: string }
  | { readonly op: 'in' | 'notin'; readonly key: string; readonly values: readonly string[] }
  | { readonly op: 'exists' | 'absent'; readonly key: string };

export type ParsedSelector = { readonly ok: true; readonly requirements: readonly LabelRequirement[] } | { readonly ok: false; readonly error: string };

const KEY = /^[A-Za-z0-9]([A-Za-z0-9._/-]*[A-Za-z0-9])?$/;
const VALUE = /^([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?$/;

export function parseLabelSelector(text: string): ParsedSelector {
  const requirements: LabelRequirement[] = [];
  for (const raw of splitTopLevel(text)) {
    const part = raw.trim();
    if (part === '') continue;
    const parsed = parseRequirement(part);
    if (!parsed) return { ok: false, error: `"${part}" is not a label requirement (try app=web, tier!=db, env or tier in (a,b)).` };
    requirements.push(parsed);
  }
  return { ok: true, requirements };
}

function parseRequirement(part: string): LabelRequirement | undefined {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
  if (set) {
    const [, key = '', op, list = ''] = set;
    const values = list.split(',').map((v) => v.trim());
    if (!KEY.test(key) || values.some((v) => !VALUE.test(v))) return undefined;
    return { op: op === 'in' ? 'in' : 'notin', key, values };
  }
  const equality = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
  if (equality) {
    const [, key = '', op, value = ''] = equality;
    if (!KEY.test(key) || !VALUE.test(value)) return undefined;
    return { op: op === '!=' ? 'neq' : 'eq', key, value };
  }
  const absent = part.startsWith('!');
  const key = absent ? part.slice(1).trim() : part;
  return KEY.test(key) ? { op: absent ? 'absent' : 'exists', key } : undefined;
}

/** Commas inside `in (a,b)` belong to the value list. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function matchesLabels(requirements: readonly LabelRequirement[], labels: Readonly<Record<string, string>>): boolean {
  return requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    const value = labels[r.key];
    switch (r.op) {
      case 'eq':
        return has && value === r.value;
      case 'neq':
        return !has || value !== r.value;
      case 'in':
        return has && r.values.includes(value ?? '');
      case 'notin':
        return !has || !r.values.includes(value ?? '');
      case 'exists':
        return has;
      case 'absent':
        return !has;
    }
  });
}
