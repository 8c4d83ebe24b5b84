/** The UI's languages: English, and Simplified Chinese for the readers of the seed notes. */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so someone who reads only that language can find it in the switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', zh: '简体中文' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to open in: the user's saved choice, else the first browser language we have (`zh`, `zh-CN`,
 * `zh-Hans-CN`, `zh-TW` all read Chinese: Traditional readers are better served by it than by English),
 * else English.
 */
export function detectLanguage(saved: string | null | undefined, browserLanguages: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The BCP 47 tag for `<html lang>`: screen readers and CJK font selection depend on it. */
export function htmlLangOf(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}
