import { createInstance, type TFunction } from 'i18next';
import { isLanguage, type Language } from '../../i18n/languages';
import { en } from './strings';

/** The translator of this folder's namespace; helpers that build text take it, so tests pick the language. */
export type RequestsT = TFunction<'requests'>;

/**
 * The language `t` speaks (i18next's `language`), for text that does not come from the dictionary: the
 * core's narration. Read from i18next rather than the store, so both change in the same render.
 */
export function languageOf(i18nLanguage: string): Language {
  return isLanguage(i18nLanguage) ? i18nLanguage : 'en';
}

let english: RequestsT | undefined;

/**
 * English from the same dictionary, for callers that pass no translator (the canvas's painter when it is
 * given no words). A plain i18next instance, made on first use: not the app's, so it never follows the
 * language switch, and it does not register itself with react-i18next.
 */
export function englishRequestsT(): RequestsT {
  if (!english) {
    const instance = createInstance();
    void instance.init({
      lng: 'en',
      ns: ['requests'],
      defaultNS: 'requests',
      resources: { en: { requests: en } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    english = instance.getFixedT('en', 'requests');
  }
  return english;
}
