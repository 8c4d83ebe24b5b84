/**
 * Which requests the service worker answers from its precache. Pure (strings in, a decision out) so the
 * rules are tested in Node without a browser; sw.ts only applies the decision.
 */

/** The precache as absolute URLs, resolved against the service worker's own location. */
export interface Precache {
  /** Every precached file, absolute and without query or fragment. */
  readonly urls: readonly string[];
  /** The cached page that every navigation to the app gets, whatever its query string. */
  readonly indexUrl: string;
  /** The folder the app is served from (index.html's folder): a navigation here is the app too. */
  readonly appUrl: string;
}

/** What the service worker sees of a request. `mode` is the Fetch API's RequestMode ('navigate', 'cors', ...). */
export interface RequestFacts {
  readonly method: string;
  readonly url: string;
  readonly mode: string;
}

export type Route =
  /** Answer with the cached response stored under `url`. */
  | { readonly type: 'precache'; readonly url: string }
  /** Leave the request to the browser, as if there were no service worker. */
  | { readonly type: 'network' };

const NETWORK: Route = { type: 'network' };
const INDEX_FILE = 'index.html';

/**
 * `files` are the build's file names relative to the folder of the service worker's script (`sw.js` sits
 * next to index.html), so resolving them against the script's URL makes a sub-path deployment work.
 */
export function resolvePrecache(files: readonly string[], serviceWorkerUrl: string): Precache {
  const urls = files.map((file) => withoutSearchAndHash(new URL(file, serviceWorkerUrl)));
  const indexUrl = withoutSearchAndHash(new URL(INDEX_FILE, serviceWorkerUrl));
  if (!urls.includes(indexUrl)) throw new Error(`the precache list has no ${INDEX_FILE}`);
  return { urls, indexUrl, appUrl: withoutSearchAndHash(new URL('./', serviceWorkerUrl)) };
}

/**
 * GET requests only (the cache holds no answer to anything else); same origin only, which holds because
 * every precached URL is of the service worker's own origin. A navigation to the app's folder or its
 * index.html gets the cached page whatever the query string (`?example=…&embed=1`): the app reads it from
 * location. Other navigations in scope (another page a host keeps beside the app) are not the app's to
 * answer, so they go to the network.
 */
export function routeRequest(request: RequestFacts, precache: Precache): Route {
  if (request.method !== 'GET') return NETWORK;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    const page = withoutSearchAndHash(url);
    if (page === precache.appUrl || page === precache.indexUrl) return { type: 'precache', url: precache.indexUrl };
  }
  // A subresource with a query string is not the file the build made (Vite's built URLs carry none).
  if (url.search !== '') return NETWORK;
  const file = withoutSearchAndHash(url);
  return precache.urls.includes(file) ? { type: 'precache', url: file } : NETWORK;
}

function withoutSearchAndHash(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
