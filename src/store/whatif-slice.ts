import type { StateCreator } from 'zustand/vanilla';
import type { Bridge } from '../bridge';
import type { ManifestEdit } from '../core';
import type { AppState } from './app-state';

/** The outcome of the last what-if, for a status message beside the graph. */
export type WhatIfNotice =
  | { readonly tone: 'busy'; readonly text: string }
  | { readonly tone: 'ok'; readonly text: string; readonly line?: number }
  | { readonly tone: 'error'; readonly text: string };

export interface WhatIfSlice {
  readonly whatIfNotice: WhatIfNotice | null;
  /**
   * A what-if from the graph: the worker edits the text (src/core/edit), the editor shows the new text, and
   * the normal load follows. The text is the source of truth: nothing else changes the cluster.
   */
  applyWhatIf(edit: ManifestEdit): Promise<void>;
  dismissWhatIfNotice(): void;
}

export function createWhatIfSlice(deps: { readonly bridge: Bridge }): StateCreator<AppState, [], [], WhatIfSlice> {
  let latest = 0;
  return (set, get) => ({
    whatIfNotice: null,
    async applyWhatIf(edit) {
      const request = ++latest;
      const { text, clusterSettings } = get();
      set({ whatIfNotice: { tone: 'busy', text: 'Editing the manifests…' } });
      const outcome = await deps.bridge.query('edit', { text, edit, settings: clusterSettings });
      // A newer what-if (or a click that outran the worker) wins; the text may also have changed meanwhile.
      if (request !== latest) return;
      if (outcome.type !== 'answer') {
        set({ whatIfNotice: { tone: 'error', text: outcome.message } });
        return;
      }
      if (get().text !== text) {
        set({ whatIfNotice: { tone: 'error', text: 'The manifests changed while the edit was made; try again.' } });
        return;
      }
      const { result } = outcome;
      if (result.changed) get().replaceText(result.text, result.line);
      set({
        whatIfNotice: {
          tone: 'ok',
          text: result.changed ? result.summary : `${result.summary} (already so in the text)`,
          ...(result.line !== undefined ? { line: result.line } : {}),
        },
      });
    },
    dismissWhatIfNotice: () => set({ whatIfNotice: null }),
  });
}
