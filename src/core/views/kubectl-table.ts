import type { Labels } from '../model/types';
import { KUBECTL_GET_TABWRITER, tabwrite } from './tabwriter';

/** A `kubectl get` table: upper-case headers, one row per object, through kubectl's tabwriter. */
export function printTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [headers.map((h) => h.toUpperCase()), ...rows].map((cells) => `${cells.join('\t')}\n`);
  return tabwrite(lines.join(''), KUBECTL_GET_TABWRITER);
}

/** labels.FormatLabels: sorted `k=v` pairs joined by commas, `<none>` when empty. */
export function formatLabels(labels: Labels | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels?.[k] ?? ''}`).join(',');
}

/** The `-n NS` a command needs outside the default namespace. */
export function namespaceFlag(namespace: string): string {
  return namespace === '' || namespace === 'default' ? '' : ` -n ${namespace}`;
}

/** The `first,second,third + N more...` of kubectl's list cells. */
export function listWithMore(list: readonly string[], more: boolean, count: number, max: number, empty: string): string {
  const joined = list.join(',');
  if (more) return `${joined} + ${count - max} more...`;
  return joined === '' ? empty : joined;
}
