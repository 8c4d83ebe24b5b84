import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../i18n/languages';
import { THEMES, selectLanguage, selectSetLanguage, selectSetTheme, selectTheme, type Theme } from '../../store';
import { useAppStore } from '../store-context';

const THEME_LABEL = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const satisfies Record<Theme, string>;

/** Language and theme: the reader's own settings, kept in the browser, never in a shared link. */
export function PreferencesControls() {
  const { t } = useTranslation('app');
  const languageId = useId();
  const themeId = useId();
  const language = useAppStore(selectLanguage);
  const setLanguage = useAppStore(selectSetLanguage);
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore(selectSetTheme);

  return (
    <>
      {/* The options name each language in itself, so the select speaks for itself; its label is for screen
          readers, bilingual so that someone who cannot read the current language still finds it. */}
      <label htmlFor={languageId} className="visually-hidden">
        {language === 'en' ? 'Language / 语言' : `${t('language')} / Language`}
      </label>
      <select
        id={languageId}
        className="preference-select"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code === 'zh' ? 'zh-CN' : 'en'}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>

      <label htmlFor={themeId} className="visually-hidden">
        {t('theme')}
      </label>
      <select
        id={themeId}
        className="preference-select"
        value={theme}
        onChange={(event) => {
          const next = THEMES.find((candidate) => candidate === event.target.value);
          if (next) setTheme(next);
        }}
      >
        {THEMES.map((code) => (
          <option key={code} value={code}>
            {t(THEME_LABEL[code])}
          </option>
        ))}
      </select>
    </>
  );
}
