import { describe, expect, it } from 'vitest';
import { en } from './strings';
import { englishRequestsT, languageOf } from './requests-t';

describe('the requests translator', () => {
  it('callers that pass none get English from the dictionary, with values filled in', () => {
    const t = englishRequestsT();
    expect(t('clientAt', { ip: '203.0.113.10' })).toBe('client 203.0.113.10');
    expect(t('outcomeDropped')).toBe(en.outcomeDropped);
  });

  it('reads i18next’s language as one of ours, English for anything else', () => {
    expect(languageOf('zh')).toBe('zh');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('cimode')).toBe('en');
  });
});
