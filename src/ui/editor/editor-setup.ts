import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** Dark, saturated colours on white: they stay distinct on a washed-out projector. */
const highlightStyle = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: '#1e3a8a', fontWeight: '600' },
  { tag: tags.string, color: '#166534' },
  { tag: tags.content, color: '#0f172a' },
  { tag: tags.meta, color: '#7e22ce', fontWeight: '700' },
  { tag: tags.lineComment, color: '#64748b', fontStyle: 'italic' },
  { tag: [tags.labelName, tags.typeName], color: '#9a3412' },
  { tag: tags.separator, color: '#64748b' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: '#ffffff' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.55' },
  '.cm-content': { padding: '8px 0' },
  '.cm-gutters': { backgroundColor: '#f1f5f9', color: '#64748b', borderRight: '1px solid #cbd5e1' },
  '.cm-activeLine': { backgroundColor: '#eff6ff' },
  '.cm-activeLineGutter': { backgroundColor: '#dbeafe', color: '#0f172a' },
  '&.cm-focused': { outline: '3px solid #2563eb', outlineOffset: '-3px' },
});

/**
 * Tab is left to the browser (move focus) so keyboard users can leave the editor; YAML indentation is
 * done with spaces and Enter keeps it.
 */
export function editorExtensions(onTextChange: (text: string) => void): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    yaml(),
    syntaxHighlighting(highlightStyle),
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    theme,
    EditorView.contentAttributes.of({ 'aria-label': 'Manifests' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onTextChange(update.state.doc.toString());
    }),
  ];
}
