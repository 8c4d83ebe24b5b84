import { describe, expect, it } from 'vitest';
import { cacheNameFor, staleCacheNames } from './cache-names';

const SCOPE = 'https://example.org/tools/svcscope/';

describe('staleCacheNames', () => {
  it('the activating version deletes the precaches of other versions at its scope and keeps its own', () => {
    const names = [cacheNameFor(SCOPE, 'old1'), cacheNameFor(SCOPE, 'new2'), cacheNameFor(SCOPE, 'old3')];
    expect(staleCacheNames(names, SCOPE, 'new2')).toEqual([cacheNameFor(SCOPE, 'old1'), cacheNameFor(SCOPE, 'old3')]);
  });

  it('leaves alone another copy of the app on the same host, above or below this scope', () => {
    const names = [
      cacheNameFor('https://example.org/tools/', 'v1'),
      cacheNameFor('https://example.org/tools/svcscope/staging/', 'v1'),
      cacheNameFor('https://example.org/staging/svcscope/', 'v1'),
    ];
    expect(staleCacheNames(names, SCOPE, 'v2')).toEqual([]);
    expect(staleCacheNames(names, 'https://example.org/tools/', 'v2')).toEqual([cacheNameFor('https://example.org/tools/', 'v1')]);
  });

  it('leaves alone caches that other code on the origin made', () => {
    expect(staleCacheNames(['workbox-precache-v2', 'images', `${SCOPE} v1`], SCOPE, 'v2')).toEqual([]);
  });
});
