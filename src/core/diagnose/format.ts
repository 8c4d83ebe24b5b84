import { describeObject, type Diagnostic } from '../diagnostics';

/**
 * One diagnostic a line, grep- and editor-friendly:
 * `12:5 warning SVC_SELECTOR_MATCHES_NOTHING Service default/myapp: selector app=myap matches no pod. … → fix`
 * A diagnostic without a place starts with `-`. Newlines inside messages are flattened so that one
 * line is always one diagnostic.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const at = d.line === undefined ? '-' : d.column === undefined ? `${d.line}` : `${d.line}:${d.column}`;
  const object = d.object ? `${describeObject(d.object)}: ` : '';
  const hint = d.hint ? ` → ${d.hint}` : '';
  return `${at} ${d.severity} ${d.code} ${object}${d.message}${hint}`.replace(/\s*\r?\n\s*/g, ' ');
}

export function formatDiagnosticsText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatDiagnostic).join('\n');
}
