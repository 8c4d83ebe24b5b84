import type { Trace } from '../../../core';
import type { Language } from '../../../i18n/languages';
import { hopNotes } from '../../requests/hop-notes';
import type { RequestsT } from '../../requests/requests-t';

/**
 * The words of the focused packet's label in the UI's language: the request list's own translator (the
 * label says what the hop list says), and each hop's note as the hop list shows it.
 */
export interface SceneWords {
  readonly t: RequestsT;
  /** The note of hop `hopIndex` of `trace`, or undefined to use the engine's own (English) note. */
  noteOf(trace: Trace, hopIndex: number): string | undefined;
}

/**
 * Words for `language`. The label is painted every frame, so each trace's notes (the core's narration, in
 * Chinese) are made once and kept for as long as the trace is.
 */
export function sceneWords(t: RequestsT, language: Language): SceneWords {
  const notes = new WeakMap<Trace, readonly string[]>();
  return {
    t,
    noteOf(trace, hopIndex) {
      let forTrace = notes.get(trace);
      if (!forTrace) {
        forTrace = hopNotes(trace, language);
        notes.set(trace, forTrace);
      }
      return forTrace[hopIndex];
    },
  };
}
