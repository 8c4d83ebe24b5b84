import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Diagnostic } from '../../core';
import { diagnosticDetail } from '../diagnostics/diagnostic-text';

/** The part of CodeMirror's Text these helpers need; `Text` itself fits. */
export interface DocLines {
  readonly lines: number;
  readonly length: number;
  line(n: number): { readonly from: number; readonly to: number };
}

/**
 * 1-based line and column → document offset, clamped into the document: diagnostics may describe a text
 * the user has edited since, and must still land somewhere sensible.
 */
export function offsetOf(doc: DocLines, line: number, column = 1): number {
  const lineNumber = Math.min(Math.max(1, Math.floor(line)), doc.lines);
  const { from, to } = doc.line(lineNumber);
  return Math.min(from + Math.max(0, Math.floor(column) - 1), to);
}

/**
 * Core diagnostics → CodeMirror lint marks, each worded by `describe` (in the UI's language). Ones without
 * a line have no place in the text and are left to the list.
 */
export function toEditorDiagnostics(
  diagnostics: readonly Diagnostic[],
  doc: DocLines,
  describe: (diagnostic: Diagnostic) => string = diagnosticDetail,
): EditorDiagnostic[] {
  const marks: EditorDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.line === undefined) continue;
    const from = offsetOf(doc, diagnostic.line, diagnostic.column ?? 1);
    const lineEnd = doc.line(Math.min(Math.max(1, diagnostic.line), doc.lines)).to;
    marks.push({
      from,
      // Mark to the end of the line so a mark at a line's last character is still visible.
      to: Math.max(from, lineEnd),
      severity: diagnostic.severity,
      source: diagnostic.code,
      message: describe(diagnostic),
    });
  }
  return marks;
}
