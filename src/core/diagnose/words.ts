/** Small helpers for messages that read like a person wrote them. */

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "a", "a and b", "a, b and c", "a, b, c and 4 more": long lists stay readable in one line. */
export function joinList(items: readonly string[], max = 3, word: 'and' | 'or' = 'and'): string {
  if (items.length === 0) return '';
  const shown = items.length > max + 1 ? items.slice(0, max) : [...items];
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} ${word} ${shown[shown.length - 1] ?? ''}`;
}

export function formatLabels(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length === 0 ? '(none)' : pairs.join(',');
}
