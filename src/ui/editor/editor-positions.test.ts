import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { offsetOf, toEditorDiagnostics } from './editor-positions';

const doc = Text.of(['apiVersion: v1', 'kind: Service', 'metadata:', '  name: x']);

describe('offsetOf', () => {
  it('turns a 1-based line and column into an offset', () => {
    expect(offsetOf(doc, 2, 1)).toBe(doc.line(2).from);
    expect(offsetOf(doc, 4, 3)).toBe(doc.line(4).from + 2);
  });

  it('clamps places outside the text (diagnostics of an older text)', () => {
    expect(offsetOf(doc, 99, 1)).toBe(doc.line(4).from);
    expect(offsetOf(doc, 1, 500)).toBe(doc.line(1).to);
    expect(offsetOf(doc, 0, 0)).toBe(0);
  });
});

describe('toEditorDiagnostics', () => {
  it('marks from the column to the end of the line, with code and hint', () => {
    const [mark] = toEditorDiagnostics([{ code: 'YAML_SYNTAX', severity: 'error', message: 'Bad.', hint: 'Fix it.', line: 4, column: 3 }], doc);
    expect(mark).toMatchObject({ from: doc.line(4).from + 2, to: doc.line(4).to, severity: 'error', source: 'YAML_SYNTAX' });
    expect(mark?.message).toBe('Bad. Fix it.');
  });

  it('words each mark with the function it is given (the UI language)', () => {
    const [mark] = toEditorDiagnostics([{ code: 'YAML_SYNTAX', severity: 'error', message: 'Bad.', line: 1 }], doc, (d) => `${d.code}!`);
    expect(mark?.message).toBe('YAML_SYNTAX!');
  });

  it('leaves findings without a line to the list', () => {
    expect(toEditorDiagnostics([{ code: 'X', severity: 'info', message: 'cluster-wide' }], doc)).toEqual([]);
  });
});
