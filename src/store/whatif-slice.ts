import type { StateCreator } from 'zustand/vanilla';
import type { Bridge } from '../bridge';
import type { EditDone, ManifestEdit } from '../core';
import type { AppState } from './app-state';

/**
 * The outcome of the last what-if, for a message beside the graph. It holds what happened as data (the
 * core's EditDone, a refusal's code), not words: the UI says it in the reader's language, and a language
 * switch rewords the message on screen.
 */
export type WhatIfNotice =
  /** The worker is editing the text. */
  | { readonly tone: 'busy' }
  /** `changed` false: the text already said so. `line`: 1-based line of the first change. */
  | { readonly tone: 'ok'; readonly done: EditDone; readonly changed: boolean; readonly line?: number }
  | { readonly tone: 'error'; readonly refusal: WhatIfRefusal };

export type WhatIfRefusal =
  /** The editor text changed while the worker edited it: the edit was dropped rather than overwrite the typing. */
  | { readonly type: 'text-changed' }
  /** The core (or the worker) refused, with its reason in English (an object not in the text, ...). */
  | { readonly type: 'refused'; readonly message: string };

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
      set({ whatIfNotice: { tone: 'busy' } });
      const outcome = await deps.bridge.query('edit', { text, edit, settings: clusterSettings });
      // A newer what-if (or a click that outran the worker) wins; the text may also have changed meanwhile.
      if (request !== latest) return;
      if (outcome.type !== 'answer') {
        set({ whatIfNotice: { tone: 'error', refusal: { type: 'refused', message: outcome.message } } });
        return;
      }
      if (get().text !== text) {
        set({ whatIfNotice: { tone: 'error', refusal: { type: 'text-changed' } } });
        return;
      }
      const { result } = outcome;
      if (result.changed) get().replaceText(result.text, result.line);
      set({
        whatIfNotice: {
          tone: 'ok',
          done: result.done,
          changed: result.changed,
          ...(result.line !== undefined ? { line: result.line } : {}),
        },
      });
    },
    dismissWhatIfNotice: () => set({ whatIfNotice: null }),
  });
}
