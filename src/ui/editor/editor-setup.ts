import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { TFunction } from 'i18next';
import { isDarkTheme, onThemeChange } from '../theme/live-theme';

/*
 * Colours are app.css tokens through var(), so the page's data-theme recolours the editor with no
 * reconfiguration and one place holds every colour (the token test checks these pairs too). Only the
 * light/dark flag goes through a compartment: it switches CodeMirror's own base theme (lint tooltips and
 * panel, bracket matches, selection fallbacks) to its dark variants, which var() cannot reach.
 */

/** Saturated colours at 7:1 on the editor's background: they stay distinct on a washed-out projector. */
const highlightStyle = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: 'var(--code-key)', fontWeight: '600' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: tags.content, color: 'var(--text)' },
  { tag: tags.meta, color: 'var(--code-meta)', fontWeight: '700' },
  { tag: tags.lineComment, color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.labelName, tags.typeName], color: 'var(--code-label)' },
  { tag: tags.separator, color: 'var(--code-comment)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px', backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.55' },
  // The editor draws its ring on the whole view (below); the page's ring on the content would double it.
  '.cm-content': { padding: '8px 0', caretColor: 'var(--text)', outline: 'none' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'var(--code-selection)',
  },
  '.cm-gutters': { backgroundColor: 'var(--surface-muted)', color: 'var(--code-comment)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'var(--accent-soft)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--accent-soft-strong)', color: 'var(--text)' },
  '&.cm-focused': { outline: '3px solid var(--focus-ring)', outlineOffset: '-3px' },
});

const darkFlag = new Compartment();

/**
 * Above this size the editor shows plain text. CodeMirror parses the whole document in the background to
 * highlight it; for a 4 MB `kubectl get -o yaml` dump that is seconds of main-thread work in 100 ms slices
 * (measured by e2e/load-perf.spec.ts), while the graph is what the user is waiting for. Large editors do the
 * same (VS Code turns tokenization off for large files). 512 KB is about 1,000 objects of a dump.
 */
export const PLAIN_TEXT_ABOVE_CHARS = 512 * 1024;

const syntax = new Compartment();
const highlighted: Extension = [yaml(), syntaxHighlighting(highlightStyle)];

export function isLargeText(length: number): boolean {
  return length > PLAIN_TEXT_ABOVE_CHARS;
}

function syntaxFor(length: number): Extension {
  return isLargeText(length) ? [] : highlighted;
}

/** Switches highlighting off (or back on) in the same transaction that makes the text cross the limit. */
const syntaxBySize = EditorState.transactionExtender.of((tr) => {
  if (!tr.docChanged) return null;
  const before = isLargeText(tr.startState.doc.length);
  const after = isLargeText(tr.newDoc.length);
  return before === after ? null : { effects: syntax.reconfigure(syntaxFor(tr.newDoc.length)) };
});

/** Flips CodeMirror's dark flag whenever `<html data-theme>` changes (PreferencesSync sets it). */
const followPageTheme = ViewPlugin.define((view) => {
  const stop = onThemeChange(() => {
    view.dispatch({ effects: darkFlag.reconfigure(EditorView.darkTheme.of(isDarkTheme())) });
  });
  return { destroy: stop };
});

/**
 * The editor's words in the UI's language: its accessible name, and the phrases CodeMirror itself shows
 * (the lint panel, the title of a control character). Kept in a compartment so a language switch rewords
 * the editor without recreating it (which would lose the undo history).
 */
export function editorWords(t: TFunction<'editor'>): Extension {
  return [
    EditorView.contentAttributes.of({ 'aria-label': t('manifests') }),
    EditorState.phrases.of({
      Diagnostics: t('cmDiagnostics'),
      'No diagnostics': t('cmNoDiagnostics'),
      close: t('cmClose'),
      'Control character': t('cmControlCharacter'),
    }),
  ];
}

/**
 * Tab is left to the browser (move focus) so keyboard users can leave the editor; YAML indentation is
 * done with spaces and Enter keeps it. `words` is editorWords' extension (or its compartment).
 */
export function editorExtensions(onTextChange: (text: string) => void, words: Extension, initialLength = 0): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    syntax.of(syntaxFor(initialLength)),
    syntaxBySize,
    lintGutter(),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    theme,
    darkFlag.of(EditorView.darkTheme.of(isDarkTheme())),
    followPageTheme,
    words,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onTextChange(update.state.doc.toString());
    }),
  ];
}
