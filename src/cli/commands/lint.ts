import { formatDiagnosticsText, hasErrors, lintText, type ClusterSettings } from '../../core/index';

/** `lint`: every diagnostic and finding, sorted by line; as text (one per line) or as JSON. */
export function runLint(text: string, settings: Partial<ClusterSettings>, json: boolean): { text: string; hasErrors: boolean } {
  const { diagnostics } = lintText(text, settings);
  const body = json ? JSON.stringify(diagnostics, null, 2) : diagnostics.length === 0 ? 'no findings' : formatDiagnosticsText(diagnostics);
  return { text: body, hasErrors: hasErrors(diagnostics) };
}
