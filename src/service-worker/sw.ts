/// <reference lib="webworker" />
/**
 * The service worker: compiled on its own into dist/sw.js by build/service-worker.ts, which replaces the
 * two constants below with the build's file list and a hash of its files. Registered by register.ts.
 */
import { cacheNameFor, staleCacheNames } from './cache-names';
import { resolvePrecache, routeRequest } from './routing';
import { isSkipWaiting } from './update-watch';

declare const self: ServiceWorkerGlobalScope;
declare const __SVCSCOPE_PRECACHE_FILES__: readonly string[];
declare const __SVCSCOPE_PRECACHE_VERSION__: string;

const precache = resolvePrecache(__SVCSCOPE_PRECACHE_FILES__, self.location.href);
const scope = self.registration.scope;
const cacheName = cacheNameFor(scope, __SVCSCOPE_PRECACHE_VERSION__);

// waitUntil keeps this version in `installing` until every file is stored: `ready` then means offline works.
// No skipWaiting(): an open tab of the previous build may still lazy-load its own chunks, which activating
// this version would delete from the cache while the host no longer serves them.
self.addEventListener('install', (event) => {
  event.waitUntil(fillPrecache());
});

// The one exception: the user clicked "Reload" on the page's new-version notice, so that tab reloads into
// this build at once (register.ts reloads on controllerchange).
self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(dropStaleCachesAndClaim());
});

self.addEventListener('fetch', (event) => {
  const { method, url, mode } = event.request;
  const route = routeRequest({ method, url, mode }, precache);
  switch (route.type) {
    case 'network':
      return; // Not answering leaves the request to the browser, exactly as without a service worker.
    case 'precache':
      event.respondWith(fromPrecache(route.url, event.request));
      return;
  }
});

async function fillPrecache(): Promise<void> {
  const cache = await caches.open(cacheName);
  await Promise.all(precache.urls.map(async (url) => cache.put(url, await fetchForPrecache(url))));
}

/**
 * 'no-cache' revalidates with the host: index.html keeps its name across deploys, so the HTTP cache's copy
 * may be the previous build's; the hashed assets usually come back as 304 and are not downloaded twice.
 */
async function fetchForPrecache(url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`precaching ${url}: the host answered ${response.status}`);
  // A host that redirects (index.html to its folder) gives a redirected response, which a browser refuses
  // as the answer to a navigation: store the body under a fresh response instead.
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function dropStaleCachesAndClaim(): Promise<void> {
  const stale = staleCacheNames(await caches.keys(), scope, __SVCSCOPE_PRECACHE_VERSION__);
  await Promise.all(stale.map((name) => caches.delete(name)));
  // The page that registered us works offline from its first visit, without waiting for a reload.
  await self.clients.claim();
}

/** The browser may have evicted the cache (storage pressure): then the network still answers. */
async function fromPrecache(url: string, request: Request): Promise<Response> {
  const cached = await caches.match(url, { cacheName });
  return cached ?? fetch(request);
}
