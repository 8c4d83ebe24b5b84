import type { StateCreator } from 'zustand/vanilla';
import type { AppState, EditorSlice } from './app-state';
import type { TextStorage } from './text-storage';

export interface EditorSliceDeps {
  readonly storage: TextStorage;
  readonly initialText: string;
  readonly scheduleLoad: () => void;
  /** Reads the text now (an edit from the graph should not wait for the typing pause). */
  readonly loadNow: () => void;
}

export function createEditorSlice(deps: EditorSliceDeps): StateCreator<AppState, [], [], EditorSlice> {
  return (set, get) => ({
    text: deps.initialText,
    textSaved: true,
    setText(text) {
      if (text === get().text) return;
      // Saved before anything else can fail: a crash in the worker must never cost the user their text.
      set({ text, textSaved: deps.storage.save(text) });
      deps.scheduleLoad();
    },
    externalEdit: null,
    replaceText(text, line) {
      const revision = (get().externalEdit?.revision ?? 0) + 1;
      set({ text, textSaved: deps.storage.save(text), externalEdit: { text, revision, ...(line !== undefined ? { line } : {}) } });
      deps.loadNow();
    },
  });
}
