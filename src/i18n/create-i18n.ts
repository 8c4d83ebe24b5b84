import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';
import { NAMESPACES, resources } from './resources';

/**
 * One i18next instance per app (tests make their own). The dictionaries are bundled, so initialisation is
 * synchronous: the first render already has its words, and switching language never waits on the network
 * (there is none offline). A key missing in Chinese falls back to English rather than showing the key.
 */
export function createI18n(language: Language): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh'],
    ns: NAMESPACES,
    defaultNS: 'app',
    resources,
    initAsync: false,
    // React escapes what it renders; i18next escaping on top would show `&lt;` in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
