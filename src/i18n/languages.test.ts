import { describe, expect, it } from 'vitest';
import { detectLanguage, htmlLangOf } from './languages';

describe('detectLanguage', () => {
  it('keeps the language the user chose before, whatever the browser says', () => {
    expect(detectLanguage('en', ['zh-CN'])).toBe('en');
    expect(detectLanguage('zh', ['en-US'])).toBe('zh');
  });

  it('reads every Chinese browser tag as Chinese', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans-CN', 'zh_TW', 'ZH-hk']) expect(detectLanguage(null, [tag])).toBe('zh');
  });

  it('takes the first browser language it has and skips the ones it does not', () => {
    expect(detectLanguage(null, ['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(detectLanguage(null, ['de', 'en-GB'])).toBe('en');
  });

  it('falls back to English for unknown saved values and browsers with nothing we have', () => {
    expect(detectLanguage('klingon', ['ja'])).toBe('en');
    expect(detectLanguage(undefined, [])).toBe('en');
  });

  it('tags Chinese pages zh-CN for screen readers and font choice', () => {
    expect(htmlLangOf('zh')).toBe('zh-CN');
    expect(htmlLangOf('en')).toBe('en');
  });
});
