import { describe, expect, it } from 'vitest';
import { resolvePrecache, routeRequest, type RequestFacts } from './routing';

const FILES = ['index.html', 'assets/index-abc.js', 'assets/index-def.css', 'assets/worker-123.js', 'assets/handle-message-456.js'];
const precache = resolvePrecache(FILES, 'https://example.org/tools/svcscope/sw.js');

function get(url: string, mode = 'cors'): RequestFacts {
  return { method: 'GET', url, mode };
}

describe('resolvePrecache', () => {
  it('resolves the build files against the service worker location, so a sub-path deployment caches its own files', () => {
    expect(precache.urls).toEqual([
      'https://example.org/tools/svcscope/index.html',
      'https://example.org/tools/svcscope/assets/index-abc.js',
      'https://example.org/tools/svcscope/assets/index-def.css',
      'https://example.org/tools/svcscope/assets/worker-123.js',
      'https://example.org/tools/svcscope/assets/handle-message-456.js',
    ]);
    expect(precache.indexUrl).toBe('https://example.org/tools/svcscope/index.html');
    expect(precache.appUrl).toBe('https://example.org/tools/svcscope/');
  });

  it('at the root of a host the app folder is the origin itself', () => {
    const atRoot = resolvePrecache(['index.html'], 'http://127.0.0.1:4315/sw.js');
    expect(atRoot.appUrl).toBe('http://127.0.0.1:4315/');
    expect(atRoot.indexUrl).toBe('http://127.0.0.1:4315/index.html');
  });

  it('refuses a list without index.html, which no navigation could then be answered with', () => {
    expect(() => resolvePrecache(['assets/index-abc.js'], 'https://example.org/sw.js')).toThrow(/index\.html/);
  });
});

describe('routeRequest', () => {
  it('a navigation to the app folder gets the cached index.html', () => {
    expect(routeRequest(get('https://example.org/tools/svcscope/', 'navigate'), precache)).toEqual({ type: 'precache', url: precache.indexUrl });
  });

  it('a navigation with any query string or fragment still gets the cached index.html', () => {
    for (const url of [
      'https://example.org/tools/svcscope/?example=nginx-nodeport&embed=1',
      'https://example.org/tools/svcscope/index.html?lang=zh#scenario=abc',
      'https://example.org/tools/svcscope/#s=eJy',
    ]) {
      expect(routeRequest(get(url, 'navigate'), precache)).toEqual({ type: 'precache', url: precache.indexUrl });
    }
  });

  it('a built asset comes from the cache, the core worker chunk and its lazy imports included', () => {
    expect(routeRequest(get('https://example.org/tools/svcscope/assets/index-abc.js'), precache)).toEqual({
      type: 'precache',
      url: 'https://example.org/tools/svcscope/assets/index-abc.js',
    });
    expect(routeRequest(get('https://example.org/tools/svcscope/assets/worker-123.js', 'same-origin'), precache)).toEqual({
      type: 'precache',
      url: 'https://example.org/tools/svcscope/assets/worker-123.js',
    });
    expect(routeRequest(get('https://example.org/tools/svcscope/assets/handle-message-456.js'), precache)).toEqual({
      type: 'precache',
      url: 'https://example.org/tools/svcscope/assets/handle-message-456.js',
    });
  });

  it('anything that is not a GET goes to the network, even for a precached URL', () => {
    for (const method of ['POST', 'HEAD', 'PUT']) {
      expect(routeRequest({ method, url: 'https://example.org/tools/svcscope/index.html', mode: 'navigate' }, precache)).toEqual({ type: 'network' });
    }
  });

  it('another origin goes to the network, even with the same path', () => {
    expect(routeRequest(get('https://cdn.example.com/tools/svcscope/assets/index-abc.js'), precache)).toEqual({ type: 'network' });
    expect(routeRequest(get('https://cdn.example.com/tools/svcscope/', 'navigate'), precache)).toEqual({ type: 'network' });
  });

  it('files the build did not make go to the network: source maps, unknown files, an old build`s chunks', () => {
    for (const url of [
      'https://example.org/tools/svcscope/assets/index-abc.js.map',
      'https://example.org/tools/svcscope/missing.png',
      'https://example.org/tools/svcscope/assets/index-OLD.js',
      'https://example.org/tools/svcscope/sw.js',
    ]) {
      expect(routeRequest(get(url), precache)).toEqual({ type: 'network' });
    }
  });

  it('a subresource request with a query string is not the built file and goes to the network', () => {
    expect(routeRequest(get('https://example.org/tools/svcscope/assets/index-abc.js?v=2'), precache)).toEqual({ type: 'network' });
  });

  it('a fetch() of index.html (not a navigation) is the precached file', () => {
    expect(routeRequest(get('https://example.org/tools/svcscope/index.html'), precache)).toEqual({ type: 'precache', url: precache.indexUrl });
  });

  it('navigations elsewhere in scope or outside the app folder go to the network', () => {
    for (const url of ['https://example.org/tools/svcscope/docs/notes.html', 'https://example.org/tools/', 'https://example.org/tools/svcscope']) {
      expect(routeRequest(get(url, 'navigate'), precache)).toEqual({ type: 'network' });
    }
  });

  it('a navigation straight to a built asset gets that asset', () => {
    expect(routeRequest(get('https://example.org/tools/svcscope/assets/index-def.css', 'navigate'), precache)).toEqual({
      type: 'precache',
      url: 'https://example.org/tools/svcscope/assets/index-def.css',
    });
  });
});
