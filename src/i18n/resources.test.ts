import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { NAMESPACES, resources } from './resources';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
const HAN = /\p{Script=Han}/u;

/** The English key a Chinese value stands for: Chinese has one plural form, `_other`, for `_one` and `_other`. */
function chineseKeyOf(key: string): string {
  return key.endsWith('_one') ? key.replace(/_one$/, '_other') : key;
}

describe('the UI dictionary', () => {
  for (const namespace of NAMESPACES) {
    const english: Record<string, string> = resources.en[namespace];
    const chinese: Record<string, string> = resources.zh[namespace];

    it(`${namespace}: every English string has a Chinese one with the same placeholders`, () => {
      for (const [key, text] of Object.entries(english)) {
        const translated = chinese[chineseKeyOf(key)];
        expect(translated, `${namespace}:${key}`).toBeTypeOf('string');
        expect(translated?.trim(), `${namespace}:${key}`).not.toBe('');
        expect(placeholders(translated ?? ''), `${namespace}:${key}`).toEqual(placeholders(text));
      }
    });

    it(`${namespace}: Chinese has no key English lacks, and is written in Chinese`, () => {
      const englishKeys = new Set(Object.keys(english));
      const chineseStrings = Object.entries(chinese);
      for (const [key] of chineseStrings) expect(englishKeys.has(key), `${namespace}:${key}`).toBe(true);
      // Names of programs and flags (kube-proxy, iptables) stay as they are; most strings must not.
      const inChinese = chineseStrings.filter(([, text]) => HAN.test(text)).length;
      expect(inChinese / Math.max(1, chineseStrings.length)).toBeGreaterThan(0.6);
    });
  }

  it('switches language at once, and falls back to English for a key Chinese lacks', async () => {
    const i18n = createI18n('en');
    expect(i18n.t('app:manifests')).toBe('Manifests');
    await i18n.changeLanguage('zh');
    expect(i18n.t('app:manifests')).toBe('清单');
    // A key only the English dictionary has (as a new string before its translation) shows in English.
    i18n.addResource('en', 'app', 'onlyInEnglish', 'Only in English');
    expect(i18n.t('app:onlyInEnglish' as 'app:manifests')).toBe('Only in English');
    // A key no dictionary has shows as itself rather than as nothing.
    expect(i18n.t('app:nope' as 'app:manifests')).toBe('nope');
  });
});
