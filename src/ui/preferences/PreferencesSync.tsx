import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlLangOf, type Language } from '../../i18n/languages';
import { selectLanguage, selectTheme, type Theme } from '../../store';
import { useAppStore } from '../store-context';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The theme the page draws: a `system` preference resolved against the operating system's setting now. */
export function resolvedTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
}

/**
 * Puts the saved theme and language on `<html>` at once, before React's first render, so a page saved in
 * dark does not flash light while it starts (PreferencesSync keeps them in step afterwards).
 */
export function applyPreferencesNow(theme: Theme, language: Language): void {
  document.documentElement.dataset.theme = resolvedTheme(theme, window.matchMedia(DARK_QUERY).matches);
  document.documentElement.lang = htmlLangOf(language);
}

/**
 * Carries the store's preferences to the page: the i18next language (every `t()` re-renders), `<html lang>`
 * and `<html data-theme>`, which the style sheets key their colours on. Draws nothing.
 */
export function PreferencesSync() {
  const language = useAppStore(selectLanguage);
  const theme = useAppStore(selectTheme);
  const { i18n } = useTranslation();

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = htmlLangOf(language);
  }, [i18n, language]);

  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const apply = (): void => {
      document.documentElement.dataset.theme = resolvedTheme(theme, media.matches);
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);

  return null;
}
