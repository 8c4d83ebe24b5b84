import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PathType } from '../../model/types';
import { backend, cluster, ingress, service } from '../dns/test-fixtures';
import { matchIngress } from './match';
import { hostMatches, pathMatches } from './paths';
import { normalizeRequestPath } from './request';

/** One Ingress on host-less rules with the given paths, each to its own Service named after the path. */
function routeOf(paths: readonly [PathType, string][], requestPath: string): string {
  const services = paths.map((_, i) => service('default', `svc${i}`, { clusterIP: `10.96.9.${i + 1}` }));
  const ing = ingress('default', 'web', {
    rules: [{ host: '', paths: paths.map(([pathType, path], i) => ({ path, pathType, backend: backend(`svc${i}`, 80) })) }],
  });
  const m = matchIngress(cluster({ services, ingresses: [ing] }), { host: 'example.com', path: requestPath });
  return m.route.type === 'path' ? `${m.route.pathType} ${m.route.path}` : 'default backend';
}

describe('the docs path examples (Ingress concepts page)', () => {
  const rows: [PathType | 'Mixed', [PathType, string][], string, string][] = [
    ['Prefix', [['Prefix', '/']], '/anything/at/all', 'Prefix /'],
    ['Exact', [['Exact', '/foo']], '/foo', 'Exact /foo'],
    ['Exact', [['Exact', '/foo']], '/bar', 'default backend'],
    ['Exact', [['Exact', '/foo']], '/foo/', 'default backend'],
    ['Exact', [['Exact', '/foo/']], '/foo', 'default backend'],
    ['Prefix', [['Prefix', '/foo']], '/foo', 'Prefix /foo'],
    ['Prefix', [['Prefix', '/foo']], '/foo/', 'Prefix /foo'],
    ['Prefix', [['Prefix', '/foo/']], '/foo', 'Prefix /foo/'],
    ['Prefix', [['Prefix', '/foo/']], '/foo/', 'Prefix /foo/'],
    ['Prefix', [['Prefix', '/aaa/bb']], '/aaa/bbb', 'default backend'],
    ['Prefix', [['Prefix', '/aaa/bbb']], '/aaa/bbb', 'Prefix /aaa/bbb'],
    ['Prefix', [['Prefix', '/aaa/bbb/']], '/aaa/bbb', 'Prefix /aaa/bbb/'],
    ['Prefix', [['Prefix', '/aaa/bbb']], '/aaa/bbb/', 'Prefix /aaa/bbb'],
    ['Prefix', [['Prefix', '/aaa/bbb']], '/aaa/bbb/ccc', 'Prefix /aaa/bbb'],
    ['Prefix', [['Prefix', '/aaa/bbb']], '/aaa/bbbxyz', 'default backend'],
    ['Prefix', [['Prefix', '/'], ['Prefix', '/aaa']], '/aaa/ccc', 'Prefix /aaa'],
    ['Prefix', [['Prefix', '/'], ['Prefix', '/aaa'], ['Prefix', '/aaa/bbb']], '/aaa/bbb', 'Prefix /aaa/bbb'],
    ['Prefix', [['Prefix', '/'], ['Prefix', '/aaa'], ['Prefix', '/aaa/bbb']], '/ccc', 'Prefix /'],
    ['Prefix', [['Prefix', '/aaa']], '/ccc', 'default backend'],
    ['Mixed', [['Prefix', '/foo'], ['Exact', '/foo']], '/foo', 'Exact /foo'],
  ];
  it.each(rows)('%s %j with request %s → %s', (_kind, paths, request, expected) => {
    expect(routeOf(paths, request)).toBe(expected);
  });

  it('the API examples: /foo/bar matches /foo/bar and /foo/bar/baz, not /foo/barbaz', () => {
    expect(pathMatches('Prefix', '/foo/bar', '/foo/bar')).toBe(true);
    expect(pathMatches('Prefix', '/foo/bar', '/foo/bar/baz')).toBe(true);
    expect(pathMatches('Prefix', '/foo/bar', '/foo/barbaz')).toBe(false);
  });

  it('the API example: with /foo and /foo/ both present, /foo/ is given priority', () => {
    expect(routeOf([['Prefix', '/foo'], ['Prefix', '/foo/']], '/foo')).toBe('Prefix /foo/');
    expect(routeOf([['Prefix', '/foo'], ['Prefix', '/foo/']], '/foo/x')).toBe('Prefix /foo/');
  });

  it('lets a matching Exact path win over a Prefix that is the same path with a trailing slash, as nginx does', () => {
    expect(routeOf([['Prefix', '/foo/'], ['Exact', '/foo']], '/foo')).toBe('Exact /foo');
    expect(routeOf([['Prefix', '/foo/'], ['Exact', '/foo']], '/foo/x')).toBe('Prefix /foo/');
  });

  it('matches paths case-sensitively', () => {
    expect(routeOf([['Prefix', '/Foo']], '/foo')).toBe('default backend');
    expect(routeOf([['Exact', '/foo']], '/FOO')).toBe('default backend');
  });

  it('treats ImplementationSpecific as ingress-nginx does: a plain nginx prefix, by characters', () => {
    expect(routeOf([['ImplementationSpecific', '/foo']], '/foobar')).toBe('ImplementationSpecific /foo');
    expect(routeOf([['ImplementationSpecific', '']], '/x')).toBe('ImplementationSpecific ');
    // On a tie Prefix outranks it, as ingress-nginx's Prefix location /foo/ outranks its /foo.
    expect(routeOf([['ImplementationSpecific', '/foo'], ['Prefix', '/foo']], '/foo/x')).toBe('Prefix /foo');
  });

  it('matches the path without query or fragment', () => {
    expect(routeOf([['Exact', '/foo']], '/foo?x=1#top')).toBe('Exact /foo');
  });
});

describe('the docs host table', () => {
  it.each([
    ['*.foo.com', 'bar.foo.com', true],
    ['*.foo.com', 'baz.bar.foo.com', false],
    ['*.foo.com', 'foo.com', false],
    ['foo.bar.com', 'foo.bar.com', true],
    ['foo.bar.com', 'bar.com', false],
  ])('host %s with Host header %s matches: %s', (rule, header, expected) => {
    expect(hostMatches(rule, header)).toBe(expected);
  });
});

const segment = fc.stringMatching(/^[a-zA-Z0-9._~-]{1,8}$/).filter((s) => s !== '.' && s !== '..');
const absPath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => `/${s.join('/')}`);

describe('path properties', () => {
  it('a Prefix path matches itself with and without a trailing slash, and every sub-path', () => {
    fc.assert(
      fc.property(absPath, segment, (p, sub) => {
        for (const rule of [p, `${p}/`])
          for (const request of [p, `${p}/`, `${p}/${sub}`]) expect(pathMatches('Prefix', rule, request)).toBe(true);
      }),
    );
  });

  it('a Prefix path never matches a request whose last element only starts with its own', () => {
    fc.assert(
      fc.property(absPath, segment, (p, extra) => {
        expect(pathMatches('Prefix', p, `${p}${extra}`)).toBe(false);
      }),
    );
  });

  it('an Exact path matches only itself', () => {
    fc.assert(
      fc.property(absPath, absPath, (p, q) => {
        expect(pathMatches('Exact', p, q)).toBe(p === q);
      }),
    );
  });

  it('normalizing any request path gives an absolute path without empty or dot segments', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.constantFrom('/', '.', '..', 'a', '%2F', '?', '#', '//'), { maxLength: 12 }).map((a) => a.join(''))), (raw) => {
        const path = normalizeRequestPath(raw);
        expect(path.startsWith('/')).toBe(true);
        const segments = path.split('/').slice(1, -1);
        expect(segments.every((s) => s !== '' && s !== '.' && s !== '..')).toBe(true);
        expect(['.', '..']).not.toContain(path.split('/').pop());
      }),
    );
  });

  it('normalizes like nginx: query and fragment dropped, slashes merged, dot segments resolved, escapes decoded', () => {
    expect(normalizeRequestPath('/a//b/./c/../d?x=1#f')).toBe('/a/b/d');
    expect(normalizeRequestPath('/a/b/..')).toBe('/a/');
    expect(normalizeRequestPath('/caf%C3%A9%2Fmenu')).toBe('/café/menu');
    expect(normalizeRequestPath('/bad%E0%A4%A')).toBe('/bad%E0%A4%A');
    expect(normalizeRequestPath('')).toBe('/');
    expect(normalizeRequestPath('https://shop.example.com/cart?id=1')).toBe('/cart');
  });
});
