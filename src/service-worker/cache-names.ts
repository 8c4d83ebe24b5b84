/**
 * Cache names. CacheStorage is shared by the whole origin, not by a service worker's scope: two copies
 * of the app on one host (`/tools/svcscope/` and `/staging/svcscope/`) must not delete each other's
 * precache, so a name carries the scope as well as the build's version.
 */

const PREFIX = 'svcscope-precache';

export function cacheNameFor(scope: string, version: string): string {
  return `${PREFIX} ${scope} ${version}`;
}

/**
 * Caches left by other builds of the app at this scope: the activating version deletes them. A URL holds no
 * space, so the space after the scope keeps `/tools/` from claiming `/tools/svcscope/`'s caches.
 */
export function staleCacheNames(names: readonly string[], scope: string, version: string): string[] {
  const current = cacheNameFor(scope, version);
  const ofThisScope = `${PREFIX} ${scope} `;
  return names.filter((name) => name !== current && name.startsWith(ofThisScope));
}
