import type { StateCreator } from 'zustand/vanilla';
import { detectLanguage, type Language } from '../i18n/languages';
import type { AppState } from './app-state';
import type { KeyValueStorage } from './text-storage';

/** `system` follows the operating system's light/dark setting (prefers-color-scheme). */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface PreferencesSlice {
  readonly language: Language;
  readonly theme: Theme;
  setLanguage(language: Language): void;
  setTheme(theme: Theme): void;
}

export const LANGUAGE_STORAGE_KEY = 'svcscope.language';
export const THEME_STORAGE_KEY = 'svcscope.theme';

export interface PreferencesDeps {
  /** Null in an embed: a blog post's player must not change the visitor's own app. */
  readonly storage: KeyValueStorage | null;
  /** navigator.languages, most preferred first. */
  readonly browserLanguages: readonly string[];
  /** A language the address asks for (`?lang=zh`): wins over the saved one for this page, is not saved. */
  readonly requestedLanguage?: Language | null;
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // A preference that cannot be kept still applies to this page; nothing to tell the user.
  }
}

function isTheme(value: string | null): value is Theme {
  return value !== null && (THEMES as readonly string[]).includes(value);
}

/** The reader's language and theme: UI-only, never part of a shared scenario, kept in the browser. */
export function createPreferencesSlice(deps: PreferencesDeps): StateCreator<AppState, [], [], PreferencesSlice> {
  const savedTheme = read(deps.storage, THEME_STORAGE_KEY);
  return (set) => ({
    language: deps.requestedLanguage ?? detectLanguage(read(deps.storage, LANGUAGE_STORAGE_KEY), deps.browserLanguages),
    theme: isTheme(savedTheme) ? savedTheme : 'system',
    setLanguage(language) {
      write(deps.storage, LANGUAGE_STORAGE_KEY, language);
      set({ language });
    },
    setTheme(theme) {
      write(deps.storage, THEME_STORAGE_KEY, theme);
      set({ theme });
    },
  });
}
