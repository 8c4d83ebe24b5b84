import type { TFunction } from 'i18next';
import type { Diagnostic, Severity } from '../../core';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Text order first (that is how people read a file), then the worst first; unplaced findings last. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const lineA = a.line ?? Number.POSITIVE_INFINITY;
    const lineB = b.line ?? Number.POSITIVE_INFINITY;
    if (lineA !== lineB) return lineA - lineB;
    if ((a.column ?? 0) !== (b.column ?? 0)) return (a.column ?? 0) - (b.column ?? 0);
    return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  });
}

/** `12:5`, or `12` without a column, or an empty string for findings about the cluster as a whole. */
export function formatLocation(diagnostic: Diagnostic): string {
  if (diagnostic.line === undefined) return '';
  return diagnostic.column === undefined ? `${diagnostic.line}` : `${diagnostic.line}:${diagnostic.column}`;
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}

/** "2 errors, 1 warning" — the heading of the list; "No problems" when empty. */
export function describeCounts(counts: SeverityCounts, t: TFunction<'diagnostics'>): string {
  const parts: string[] = [];
  if (counts.error > 0) parts.push(t('errors', { count: counts.error }));
  if (counts.warning > 0) parts.push(t('warnings', { count: counts.warning }));
  if (counts.info > 0) parts.push(t('notes', { count: counts.info }));
  return parts.length === 0 ? t('noProblems') : parts.join(t('countSeparator'));
}
