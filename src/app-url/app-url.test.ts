import { describe, expect, it } from 'vitest';
import { addressAfterStartup, embedUrlFor, flagOf, hasScenarioFragment, openInAppUrl, readAppUrl } from './app-url';

describe('reading the address', () => {
  it('a plain address asks for nothing special', () => {
    expect(readAppUrl('https://svcscope.dev/')).toEqual({ exampleId: null, embed: false, autoplay: false, loop: false, hasScenario: false, language: null });
  });

  it('reads the example, the embed flags and a scenario fragment together', () => {
    expect(readAppUrl('https://svcscope.dev/?example=nginx-nodeport&embed=1&autoplay=true&loop#s=abc')).toEqual({
      exampleId: 'nginx-nodeport',
      embed: true,
      autoplay: true,
      loop: true,
      hasScenario: true,
      language: null,
    });
  });

  it('reads the UI language the address asks for, and ignores one we do not have', () => {
    expect(readAppUrl('https://x.test/?embed=1&lang=zh-CN').language).toBe('zh');
    expect(readAppUrl('https://x.test/?lang=en').language).toBe('en');
    expect(readAppUrl('https://x.test/?lang=fr').language).toBeNull();
  });

  it('a flag set to 0, false or no stays off', () => {
    expect(['0', 'false', 'No', 'off'].map(flagOf)).toEqual([false, false, false, false]);
    expect([null].map(flagOf)).toEqual([false]);
    expect(['', '1', 'yes'].map(flagOf)).toEqual([true, true, true]);
  });

  it('an empty example parameter counts as none, and a huge one is cut before anyone echoes it', () => {
    expect(readAppUrl('https://x.test/?example=').exampleId).toBeNull();
    expect(readAppUrl(`https://x.test/?example=${'a'.repeat(5000)}`).exampleId).toHaveLength(64);
  });

  it('an address that is not a URL asks for nothing', () => {
    expect(readAppUrl('not a url').embed).toBe(false);
  });

  it('finds the scenario among other fragment parameters only under its own name', () => {
    expect(hasScenarioFragment('#x=1&s=abc')).toBe(true);
    expect(hasScenarioFragment('#ss=abc')).toBe(false);
    expect(hasScenarioFragment('')).toBe(false);
  });
});

describe('addresses the app writes', () => {
  it('forgets the example and the scenario once they are opened, keeping other parameters', () => {
    expect(addressAfterStartup('https://x.test/app/?example=myapp-clusterip&lang=zh#s=abc')).toBe('https://x.test/app/?lang=zh');
  });

  it('"Open in svcscope" drops the embed flags and keeps the scenario', () => {
    expect(openInAppUrl('https://x.test/?embed=1&autoplay=1&loop=1#s=abc')).toBe('https://x.test/#s=abc');
  });

  it('an embed address carries the scenario and the chosen playback flags', () => {
    expect(embedUrlFor('https://x.test/#s=abc', { autoplay: true, loop: true })).toBe('https://x.test/?embed=1&autoplay=1&loop=1#s=abc');
    expect(embedUrlFor('https://x.test/?example=a#s=abc', { autoplay: false, loop: true })).toBe('https://x.test/?embed=1#s=abc');
  });

  it("an embed made in Chinese opens in Chinese; one made in English follows the reader's browser", () => {
    expect(embedUrlFor('https://x.test/#s=abc', { autoplay: true, loop: false, language: 'zh' })).toBe('https://x.test/?embed=1&autoplay=1&lang=zh#s=abc');
    // The author opened the app with ?lang=zh and switched to English: the address's lang does not win.
    expect(embedUrlFor('https://x.test/?lang=zh#s=abc', { autoplay: false, loop: false, language: 'en' })).toBe('https://x.test/?embed=1#s=abc');
    expect(embedUrlFor('https://x.test/?lang=en#s=abc', { autoplay: false, loop: false, language: 'zh' })).toBe('https://x.test/?embed=1&lang=zh#s=abc');
    expect(readAppUrl(embedUrlFor('https://x.test/#s=abc', { autoplay: false, loop: false, language: 'zh' }))).toMatchObject({
      embed: true,
      language: 'zh',
      hasScenario: true,
    });
  });
});
