import type { Trace } from '../../core';
// Narration only, not the core's index: the index drags the whole core (js-yaml, the engines) into the page
// chunk, since the bundler cannot prove its modules free of side effects. narrate imports nothing heavy.
import { narrateTrace } from '../../core/narrate';
import type { Language } from '../../i18n/languages';

/**
 * What the hop list says under each hop, index for index with `trace.hops`. In English, the engines' own
 * notes (they name the rule's effect in kube-proxy's words); the engines write only English, so in Chinese
 * the core's narration, which reads each hop from its rule and packet instead.
 */
export function hopNotes(trace: Trace, language: Language): readonly string[] {
  return language === 'zh' ? narrateTrace(trace, 'zh').hops : trace.hops.map((hop) => hop.note);
}
