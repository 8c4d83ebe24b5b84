import { createInstance } from 'i18next';
import type { Language } from '../../i18n/languages';
import { resources } from '../../i18n/resources';
import { sceneWords, type SceneWords } from '../canvas/packets/scene-words';

const made = new Map<Language, SceneWords>();

/**
 * The hop label's words for an export in `language`: the same as the overlay's on screen (the request
 * list's namespace and the core's narration). An export is painted outside React, from the store's state,
 * so it has no useTranslation; a plain i18next instance per language (not the app's, and not registered
 * with react-i18next) gives it the same dictionary. Kept per language: the notes of a trace are worded once.
 */
export function exportSceneWords(language: Language): SceneWords {
  let words = made.get(language);
  if (!words) {
    const instance = createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'en',
      ns: ['requests'],
      defaultNS: 'requests',
      resources: { en: { requests: resources.en.requests }, zh: { requests: resources.zh.requests } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    words = sceneWords(instance.getFixedT(language, 'requests'), language);
    made.set(language, words);
  }
  return words;
}
