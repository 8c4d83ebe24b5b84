import { setDiagnostics } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { selectDiagnostics, selectExternalEdit } from '../../store';
import { minimalChange } from '../whatif/text-change';
import { useAppStore, useAppStoreApi } from '../store-context';
import { diagnosticText } from '../diagnostics/diagnostic-text';
import { editorExtensions, editorWords } from './editor-setup';
import { offsetOf, toEditorDiagnostics } from './editor-positions';

export interface EditorHandle {
  /** Puts the cursor at a 1-based line and column, scrolls there and focuses the editor. */
  goTo(line: number, column?: number): void;
  /** Replaces the whole text as one undoable edit. */
  replaceText(text: string): void;
}

/**
 * CodeMirror owns the document while the user types; the store gets every change (for autosave and the
 * debounced load) but never pushes text back, so typing does not re-render React.
 */
export function ManifestEditor({ ref }: { readonly ref?: Ref<EditorHandle> }) {
  const store = useAppStoreApi();
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const diagnostics = useAppStore(selectDiagnostics);
  const externalEdit = useAppStore(selectExternalEdit);
  const { t } = useTranslation('editor');
  const { t: tDiagnostics, i18n } = useTranslation('diagnostics');
  const [words] = useState(() => new Compartment());

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const doc = store.getState().text;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc,
        // The words are put in by the next effect, which runs after this one whenever this one runs.
        extensions: editorExtensions((text) => store.getState().setText(text), words.of([]), doc.length),
      }),
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [store, words]);

  useEffect(() => {
    viewRef.current?.dispatch({ effects: words.reconfigure(editorWords(t)) });
  }, [t, words, store]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const language = i18n.language;
    const describe = (diagnostic: (typeof diagnostics)[number]): string => diagnosticText(diagnostic, tDiagnostics, language);
    view.dispatch(setDiagnostics(view.state, toEditorDiagnostics(diagnostics, view.state.doc, describe)));
  }, [diagnostics, tDiagnostics, i18n.language]);

  // A what-if from the graph: one undoable change of just the edited span, with the changed line in view.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || !externalEdit) return;
    const change = minimalChange(view.state.doc.toString(), externalEdit.text);
    if (!change) return;
    const doc = view.state.doc;
    const at = externalEdit.line === undefined ? change.from : offsetOf(doc, Math.min(externalEdit.line, doc.lines));
    view.dispatch({ changes: change, userEvent: 'input.whatif', effects: EditorView.scrollIntoView(Math.min(at, doc.length), { y: 'center' }) });
  }, [externalEdit]);

  useImperativeHandle(
    ref,
    () => ({
      goTo(line, column = 1) {
        const view = viewRef.current;
        if (!view) return;
        const at = offsetOf(view.state.doc, line, column);
        view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
        view.focus();
      },
      replaceText(text) {
        const view = viewRef.current;
        if (!view) return;
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
      },
    }),
    [],
  );

  return <div className="editor-host" ref={hostRef} />;
}
