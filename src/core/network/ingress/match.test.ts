import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ingress, IngressPath } from '../../model/types';
import { backend, cluster, ingress, ingressClass, port, service } from '../dns/test-fixtures';
import { matchIngress } from './match';

const svc = (name: string, ports = [port('http', 80, 'TCP', 8080)]) => service('default', name, { clusterIP: '10.96.8.8', ports });
const prefix = (path: string, to: string, p: number | string = 80): IngressPath => ({ path, pathType: 'Prefix', backend: backend(to, p) });
const servicesFor = (...names: string[]) => names.map((n) => svc(n));
const routeTo = (ingresses: Ingress[], host: string, path: string): string => {
  const m = matchIngress(cluster({ services: servicesFor('a', 'b', 'c', 'd', 'fallback'), ingresses }), { host, path });
  if (m.route.type === 'controller-default-backend') return '404';
  return m.route.backend.type === 'service' ? m.route.backend.serviceName : 'resource';
};

describe('matchIngress: hosts', () => {
  const ing = ingress('default', 'hosts', {
    rules: [
      { host: 'foo.bar.com', paths: [prefix('/', 'a')] },
      { host: '*.bar.com', paths: [prefix('/', 'b')] },
      { host: '', paths: [prefix('/', 'c')] },
    ],
  });
  it('prefers a precise host to a wildcard that also covers it', () => {
    expect(routeTo([ing], 'foo.bar.com', '/')).toBe('a');
  });
  it('lets a wildcard cover exactly one label', () => {
    expect(routeTo([ing], 'baz.bar.com', '/')).toBe('b');
    expect(routeTo([ing], 'x.baz.bar.com', '/')).toBe('c');
    expect(routeTo([ing], 'bar.com', '/')).toBe('c');
  });
  it('sends every other host, and a request without Host, to the host-less rules', () => {
    expect(routeTo([ing], 'anything.example', '/')).toBe('c');
    expect(routeTo([ing], '', '/')).toBe('c');
    expect(routeTo([ing], '203.0.113.7', '/')).toBe('c');
  });
  it('ignores the port, a trailing dot and case in the Host header', () => {
    const m = matchIngress(cluster({ services: servicesFor('a', 'b', 'c'), ingresses: [ing] }), { host: 'FOO.Bar.com.:8443', path: '/' });
    expect(m.host).toBe('foo.bar.com');
    expect(m.server).toEqual({ kind: 'precise', hostname: 'foo.bar.com' });
  });
  it('does not fall back to host-less rules once a host has its own server, as nginx picks the server first', () => {
    const two = ingress('default', 'two', { rules: [{ host: '', paths: [prefix('/api', 'a')] }, { host: 'foo.com', paths: [prefix('/web', 'b')] }] });
    expect(routeTo([two], 'foo.com', '/api')).toBe('404');
    expect(routeTo([two], 'other.com', '/api')).toBe('a');
  });
});

describe('matchIngress: paths across Ingresses', () => {
  it('merges the rules of one host across Ingresses', () => {
    const one = ingress('default', 'one', { order: 1, rules: [{ host: 'shop.com', paths: [prefix('/cart', 'a')] }] });
    const two = ingress('default', 'two', { order: 2, rules: [{ host: 'shop.com', paths: [prefix('/pay', 'b')] }] });
    expect(routeTo([one, two], 'shop.com', '/cart/1')).toBe('a');
    expect(routeTo([one, two], 'shop.com', '/pay')).toBe('b');
  });
  it('gives the same path to the oldest Ingress', () => {
    const young = ingress('default', 'young', { order: 5, rules: [{ host: 'shop.com', paths: [prefix('/x', 'b')] }] });
    const old = ingress('default', 'old', { order: 1, rules: [{ host: 'shop.com', paths: [prefix('/x', 'a')] }] });
    expect(routeTo([young, old], 'shop.com', '/x')).toBe('a');
  });
  it('lets the longest matching path win across Ingresses', () => {
    const root = ingress('default', 'root', { order: 1, rules: [{ host: 'shop.com', paths: [prefix('/', 'a')] }] });
    const api = ingress('default', 'api', { order: 2, rules: [{ host: 'shop.com', paths: [prefix('/api', 'b'), prefix('/api/v2', 'c')] }] });
    expect(routeTo([root, api], 'shop.com', '/api/v2/items')).toBe('c');
    expect(routeTo([root, api], 'shop.com', '/api/v3')).toBe('b');
    expect(routeTo([root, api], 'shop.com', '/apiv2')).toBe('a');
  });
  it('lists every path of the chosen server and whether it matched', () => {
    const api = ingress('default', 'api', { rules: [{ host: 'shop.com', paths: [prefix('/api', 'b'), prefix('/web', 'c')] }] });
    const m = matchIngress(cluster({ services: servicesFor('b', 'c'), ingresses: [api] }), { host: 'shop.com', path: '/api/x' });
    expect(m.candidates.map((c) => [c.path, c.matches])).toEqual([['/api', true], ['/web', false]]);
  });
});

describe('matchIngress: default backends', () => {
  it('sends an unmatched path of a host to the defaultBackend of the Ingress that has the host', () => {
    const ing = ingress('default', 'shop', { rules: [{ host: 'shop.com', paths: [prefix('/api', 'a')] }], defaultBackend: backend('fallback', 80) });
    const m = matchIngress(cluster({ services: servicesFor('a', 'fallback'), ingresses: [ing] }), { host: 'shop.com', path: '/other' });
    expect(m.route).toMatchObject({ type: 'ingress-default-backend', ingress: { name: 'shop' }, backend: { serviceName: 'fallback' } });
    // Another host is not this Ingress's: the controller answers.
    expect(matchIngress(cluster({ services: servicesFor('a', 'fallback'), ingresses: [ing] }), { host: 'else.com', path: '/' }).route.type).toBe('controller-default-backend');
  });
  it('lets an Ingress with only a defaultBackend take every request no rule matches', () => {
    const catchAll = ingress('default', 'catch-all', { defaultBackend: backend('fallback', 80) });
    expect(routeTo([catchAll], 'any.host', '/whatever')).toBe('fallback');
  });
  it('answers 404 from the controller when nothing matches, and says why', () => {
    const ing = ingress('default', 'shop', { rules: [{ host: 'shop.com', paths: [prefix('/api', 'a')] }] });
    const m = matchIngress(cluster({ services: servicesFor('a'), ingresses: [ing] }), { host: 'shop.com', path: '/nope' });
    expect(m.route).toEqual({
      type: 'controller-default-backend',
      statusCode: 404,
      reason: "no path of host shop.com matches /nope, and Ingress default/shop, the first with a rule for shop.com, has no Service defaultBackend: the controller's default backend answers 404",
    });
  });
});

describe('matchIngress: backends', () => {
  const run = (to: IngressPath['backend']) => {
    const ing = ingress('default', 'web', { rules: [{ host: '', paths: [{ path: '/', pathType: 'Prefix', backend: to }] }] });
    const m = matchIngress(cluster({ services: [svc('web', [port('http', 80, 'TCP', 8080), port('admin', 9000)]), service('other', 'elsewhere')], ingresses: [ing] }), { host: 'x', path: '/' });
    return m.route.type === 'path' ? m.route.backend : undefined;
  };
  it('finds the Service port by number or by name', () => {
    expect(run(backend('web', 80))).toMatchObject({ service: { name: 'web' }, servicePort: { name: 'http', port: 80 } });
    expect(run(backend('web', 'admin'))).toMatchObject({ servicePort: { name: 'admin', port: 9000 } });
  });
  it('reports a missing Service, and where a Service of that name lives', () => {
    expect(run(backend('elsewhere', 80))).toMatchObject({
      problem: { code: 'INGRESS_BACKEND_SERVICE_NOT_FOUND', statusCode: 503, hint: 'A Service of that name is in other; an Ingress can only use Services of its own namespace.' },
    });
  });
  it('reports a missing port, and spots a targetPort used by mistake', () => {
    const b = run(backend('web', 8080));
    expect(b?.problem?.code).toBe('INGRESS_BACKEND_PORT_NOT_FOUND');
    expect(b?.problem?.message).toBe('Service default/web has no port 8080; its ports: http 80, admin 9000.');
    expect(b?.problem?.hint).toContain('80 is the Service port whose targetPort is 8080');
    expect(run(backend('web', 'grpc'))?.problem?.code).toBe('INGRESS_BACKEND_PORT_NOT_FOUND');
  });
  it('reports a resource backend, which ingress-nginx cannot route to', () => {
    expect(run({ type: 'resource', kind: 'StorageBucket', name: 'static' })?.problem?.code).toBe('INGRESS_BACKEND_RESOURCE_UNSUPPORTED');
  });
});

describe('matchIngress: TLS', () => {
  const tlsIngress = ingress('default', 'secure', {
    rules: [{ host: 'shop.com', paths: [prefix('/', 'a')] }, { host: 'api.shop.com', paths: [prefix('/', 'b')] }, { host: '', paths: [prefix('/', 'c')] }],
    tls: [{ hosts: ['shop.com'], secretName: 'shop-tls' }, { hosts: ['*.shop.com'], secretName: 'wild-tls' }],
  });
  const ask = (host: string, scheme: 'http' | 'https') => matchIngress(cluster({ services: servicesFor('a', 'b', 'c'), ingresses: [tlsIngress] }), { host, path: '/', scheme }).tls;
  it('finds the Secret of a host listed in a tls section', () => {
    expect(ask('shop.com', 'https')).toMatchObject({ configured: true, secretName: 'shop-tls', redirectToHttps: false });
    expect(ask('api.shop.com', 'https')).toMatchObject({ configured: true, secretName: 'wild-tls' });
  });
  it('redirects plain HTTP to https for a host with TLS', () => {
    expect(ask('shop.com', 'http')).toMatchObject({ configured: true, redirectToHttps: true });
  });
  it('has no TLS on the default rule', () => {
    expect(ask('other.com', 'https')).toMatchObject({ configured: false, redirectToHttps: false });
    expect(ask('other.com', 'https').note).toContain('Fake Certificate');
  });
});

describe('matchIngress: which Ingresses the controller serves', () => {
  const rule = [{ host: '', paths: [prefix('/', 'a')] }];
  const served = (classes: ReturnType<typeof ingressClass>[], ing: Ingress) =>
    matchIngress(cluster({ services: servicesFor('a'), ingresses: [ing], ingressClasses: classes }), { host: 'x', path: '/' }).ingresses[0];
  it('serves its own class and the default class, and ignores others', () => {
    expect(served([ingressClass('nginx')], ingress('default', 'i', { rules: rule }))?.served).toBe(true);
    expect(served([ingressClass('traefik', 'traefik.io/ingress-controller', true)], ingress('default', 'i', { className: 'traefik', rules: rule }))?.served).toBe(true);
    expect(served([ingressClass('nginx'), ingressClass('traefik', 'traefik.io/ingress-controller')], ingress('default', 'i', { className: 'traefik', rules: rule }))).toMatchObject({
      served: false,
      reason: 'IngressClass "traefik" belongs to traefik.io/ingress-controller, not to k8s.io/ingress-nginx',
    });
    expect(served([ingressClass('nginx')], ingress('default', 'i', { className: 'some-invalid-class-name', rules: rule }))?.served).toBe(false);
  });
  it('ignores an Ingress without a class when IngressClasses exist but none is the default', () => {
    const { className: _none, ...noClass } = ingress('default', 'i', { rules: rule });
    expect(served([ingressClass('nginx')], noClass)?.served).toBe(false);
  });
  it('serves Ingresses without a class, or of class nginx, when the text has no IngressClass at all', () => {
    const { className: _none, ...noClass } = ingress('default', 'i', { rules: rule });
    expect(served([], noClass)?.served).toBe(true);
    expect(served([], ingress('default', 'i', { rules: rule }))?.served).toBe(true);
    expect(served([], ingress('default', 'i', { className: 'haproxy', rules: rule }))?.served).toBe(false);
  });
  it('does not serve an Ingress the API server would reject', () => {
    const bad = ingress('default', 'bad', { rules: [{ host: '10.0.0.1', paths: [prefix('/', 'a')] }] });
    expect(served([], bad)).toMatchObject({ served: false });
    expect(routeTo([bad], '10.0.0.1', '/')).toBe('404');
  });
});

describe('matchIngress properties', () => {
  it('never throws, and always ends at a path, a default backend or the 404', () => {
    const ing = ingress('default', 'p', {
      rules: [{ host: '*.foo.com', paths: [prefix('/a', 'a'), { path: '/b', pathType: 'Exact', backend: backend('b', 80) }] }, { host: '', paths: [{ path: '', pathType: 'ImplementationSpecific', backend: backend('c', 'http') }] }],
    });
    const c = cluster({ services: servicesFor('a', 'b'), ingresses: [ing] });
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('http' as const, 'https' as const), (host, path, scheme) => {
        const m = matchIngress(c, { host, path, scheme });
        expect(['path', 'ingress-default-backend', 'controller-default-backend']).toContain(m.route.type);
        expect(m.path.startsWith('/')).toBe(true);
      }),
    );
  });
});
