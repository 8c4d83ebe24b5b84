import { describe, expect, it } from 'vitest';
import type { IngressPath, PathType } from '../../model/types';
import { backend, cluster, ingress, meta } from '../dns/test-fixtures';
import { validateIngress, validateIngresses } from './validate';

const withPath = (path: string, pathType: PathType | string = 'Prefix') =>
  ingress('default', 'web', { rules: [{ host: 'shop.com', paths: [{ path, pathType: pathType as PathType, backend: backend('web', 80) }] }] });
const codes = (ing: Parameters<typeof validateIngress>[0]): string[] => validateIngress(ing).map((d) => d.code);

describe('validateIngress', () => {
  it('accepts a plain Ingress', () => {
    expect(validateIngress(withPath('/api'))).toEqual([]);
  });

  it('requires rules or a defaultBackend', () => {
    expect(validateIngress(ingress('default', 'empty'))).toMatchObject([
      { code: 'INGRESS_NO_RULES_OR_DEFAULT_BACKEND', severity: 'error', field: 'spec', message: 'The Ingress "empty" is invalid: spec: Invalid value: "": either `defaultBackend` or `rules` must be specified' },
    ]);
    expect(codes(ingress('default', 'only-default', { defaultBackend: backend('web', 80) }))).toEqual([]);
  });

  it('requires a known pathType', () => {
    expect(validateIngress(withPath('/api', ''))).toMatchObject([
      { code: 'INGRESS_PATH_TYPE_REQUIRED', field: 'spec.rules[0].http.paths[0].pathType', message: 'The Ingress "web" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified' },
    ]);
    expect(codes(withPath('/api', 'Regex'))).toEqual(['INGRESS_PATH_TYPE_UNSUPPORTED']);
  });

  it('requires absolute Exact and Prefix paths, and ImplementationSpecific ones unless empty', () => {
    expect(codes(withPath('api', 'Prefix'))).toEqual(['INGRESS_PATH_NOT_ABSOLUTE']);
    expect(codes(withPath('api', 'Exact'))).toEqual(['INGRESS_PATH_NOT_ABSOLUTE']);
    expect(codes(withPath('', 'Exact'))).toEqual(['INGRESS_PATH_NOT_ABSOLUTE']);
    expect(codes(withPath('', 'ImplementationSpecific'))).toEqual([]);
    expect(codes(withPath('api', 'ImplementationSpecific'))).toEqual(['INGRESS_PATH_NOT_ABSOLUTE']);
  });

  it.each(['/a//b', '/a/./b', '/a/../b', '/a%2fb', '/a%2Fb'])('forbids the sequence in %s', (path) => {
    expect(codes(withPath(path))).toContain('INGRESS_PATH_FORBIDDEN_SEQUENCE');
    expect(codes(withPath(path, 'ImplementationSpecific'))).toEqual([]);
  });

  it.each([
    ['/a/..', "cannot end with '/..'"],
    ['/a/.', "cannot end with '/.'"],
  ])('forbids the ending of %s', (path, msg) => {
    const d = validateIngress(withPath(path, 'Exact')).find((x) => x.code === 'INGRESS_PATH_FORBIDDEN_SUFFIX');
    expect(d?.message).toContain(msg);
  });

  it('rejects an IP address as host', () => {
    const ing = ingress('default', 'ip', { rules: [{ host: '192.0.2.1', paths: [{ path: '/', pathType: 'Prefix', backend: backend('web', 80) }] }] });
    expect(validateIngress(ing)).toMatchObject([
      { code: 'INGRESS_HOST_IS_IP', field: 'spec.rules[0].host', message: 'The Ingress "ip" is invalid: spec.rules[0].host: Invalid value: "192.0.2.1": must be a DNS name, not an IP address' },
    ]);
    const v6 = ingress('default', 'ip', { rules: [{ host: '2001:db8::1', paths: [] }], defaultBackend: backend('web', 80) });
    expect(codes(v6)).toEqual(['INGRESS_HOST_IS_IP', 'INGRESS_HOST_INVALID', 'INGRESS_RULE_HAS_NO_PATHS']);
  });

  it.each([
    ['*.foo.com', []],
    ['*', ['INGRESS_WILDCARD_HOST_INVALID']],
    ['foo.*.com', ['INGRESS_WILDCARD_HOST_INVALID']],
    ['*.*.foo.com', ['INGRESS_WILDCARD_HOST_INVALID']],
    ['*foo.com', ['INGRESS_WILDCARD_HOST_INVALID']],
    ['Foo.com', ['INGRESS_HOST_INVALID']],
    ['foo.com:8080', ['INGRESS_HOST_INVALID']],
  ])('checks the host form of %s', (host, expected) => {
    const ing = ingress('default', 'h', { rules: [{ host, paths: [{ path: '/', pathType: 'Prefix', backend: backend('web', 80) }] }] });
    expect(codes(ing)).toEqual(expected);
  });

  it('checks backends: Service name, and a port name or number', () => {
    const paths: IngressPath[] = [
      { path: '/a', pathType: 'Prefix', backend: backend('Web_1', 80) },
      { path: '/b', pathType: 'Prefix', backend: backend('web', 0) },
      { path: '/c', pathType: 'Prefix', backend: backend('web', 70000) },
      { path: '/d', pathType: 'Prefix', backend: backend('web', 'not--valid') },
    ];
    const diags = validateIngress(ingress('default', 'b', { rules: [{ host: '', paths }] }));
    expect(diags.map((d) => `${d.code} ${d.field ?? ''}`)).toEqual([
      'INGRESS_BACKEND_SERVICE_NAME_INVALID spec.rules[0].http.paths[0].backend.service.name',
      'INGRESS_BACKEND_PORT_INVALID spec.rules[0].http.paths[1].backend',
      'INGRESS_BACKEND_PORT_INVALID spec.rules[0].http.paths[2].backend.service.port.number',
      'INGRESS_BACKEND_PORT_INVALID spec.rules[0].http.paths[3].backend.service.port.name',
    ]);
    expect(diags[1]?.message).toContain('Required value: port name or number is required');
  });

  it('checks TLS hosts, wildcards included', () => {
    const ing = ingress('default', 't', { defaultBackend: backend('web', 80), tls: [{ hosts: ['shop.com', '*.shop.com', 'bad_host', '*'] }] });
    expect(validateIngress(ing).map((d) => d.field)).toEqual(['spec.tls[0].hosts[2]', 'spec.tls[0].hosts[3]']);
  });

  it('checks the Ingress name and spec.ingressClassName, not the legacy annotation', () => {
    expect(codes({ ...withPath('/'), meta: meta('default', 'Bad_Name') })).toEqual(['INGRESS_NAME_INVALID']);
    expect(codes({ ...withPath('/'), className: 'Bad Class' })).toEqual(['INGRESS_CLASS_NAME_INVALID']);
    expect(codes({ ...withPath('/'), className: 'Bad Class', meta: meta('default', 'web', 0, { annotations: { 'kubernetes.io/ingress.class': 'Bad Class' } }) })).toEqual([]);
  });

  it('warns about a rule without paths', () => {
    const ing = ingress('default', 'nopaths', { rules: [{ host: 'shop.com', paths: [] }] });
    expect(validateIngress(ing)).toMatchObject([{ code: 'INGRESS_RULE_HAS_NO_PATHS', severity: 'warning', field: 'spec.rules[0].http.paths' }]);
  });

  it('places diagnostics at the Ingress and names it', () => {
    const ing = { ...withPath('api'), meta: meta('shop', 'web', 3, { source: { order: 3, location: { line: 12, column: 1 } } }) };
    expect(validateIngresses(cluster({ ingresses: [ing] }))).toMatchObject([
      { code: 'INGRESS_PATH_NOT_ABSOLUTE', object: { kind: 'Ingress', namespace: 'shop', name: 'web' }, line: 12, column: 1, hint: 'Start the path with /.' },
    ]);
  });
});
