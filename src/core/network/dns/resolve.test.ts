import { describe, expect, it } from 'vitest';
import { resolveName } from './resolve';
import { cluster, port, service, slice } from './test-fixtures';
import type { DnsResolution, PodDnsContext } from './types';

const inNamespace = (namespace: string): PodDnsContext => ({ namespace, dnsPolicy: 'ClusterFirst', hostNetwork: false });
const tried = (r: DnsResolution): string[] => r.queries.map((q) => `${q.name} ${q.status}`);

const data = service('prod', 'data', { clusterIP: '10.96.7.7', ports: [port('sql', 5432)] });
const nginx = service('default', 'nginx', { clusterIP: 'None', ports: [port('web', 80)] });
const lonely = service('default', 'lonely', { clusterIP: 'None' });
const myDb = service('default', 'my-db', { type: 'ExternalName', clusterIP: '', externalName: 'my.database.example.com', ports: [] });
const alias = service('default', 'alias', { type: 'ExternalName', clusterIP: '', externalName: 'data.prod.svc.cluster.local', ports: [] });
const world = cluster({
  namespaces: ['test'],
  services: [data, nginx, lonely, myDb, alias],
  endpointSlices: [
    slice(nginx, [{ ip: '10.244.1.20', hostname: 'web-0' }, { ip: '10.244.2.21', hostname: 'web-1' }], [{ name: 'web', port: 80, protocol: 'TCP' }]),
    slice(lonely, [{ ip: '10.244.1.40', ready: false }]),
  ],
});

describe('resolveName: the docs vector (a pod in namespace test)', () => {
  it('`data` tries the search path and fails: data lives in prod', () => {
    const r = resolveName(world, { name: 'data', pod: inNamespace('test') });
    expect(tried(r)).toEqual([
      'data.test.svc.cluster.local. nxdomain',
      'data.svc.cluster.local. nxdomain',
      'data.cluster.local. nxdomain',
      'data. nxdomain',
    ]);
    expect(r.queries[0]?.reason).toBe('no Service "data" in namespace "test"');
    expect(r.queries[3]?.server).toBe('upstream');
    expect(r.result.type).toBe('nxdomain');
  });

  it('`data.prod` resolves on the second search suffix', () => {
    const r = resolveName(world, { name: 'data.prod', pod: inNamespace('test') });
    expect(tried(r)).toEqual(['data.prod.test.svc.cluster.local. nxdomain', 'data.prod.svc.cluster.local. answer']);
    expect(r.result).toMatchObject({ type: 'answer', queryIndex: 1, addresses: ['10.96.7.7'] });
  });

  it('`data.prod.svc.cluster.local` (4 dots, under ndots:5) resolves after the search suffixes fail', () => {
    const r = resolveName(world, { name: 'data.prod.svc.cluster.local', pod: inNamespace('test') });
    expect(tried(r)).toEqual([
      'data.prod.svc.cluster.local.test.svc.cluster.local. nxdomain',
      'data.prod.svc.cluster.local.svc.cluster.local. nxdomain',
      'data.prod.svc.cluster.local.cluster.local. nxdomain',
      'data.prod.svc.cluster.local. answer',
    ]);
    expect(r.result).toMatchObject({ type: 'answer', addresses: ['10.96.7.7'] });
  });

  it('a trailing dot makes the name absolute: one query', () => {
    const r = resolveName(world, { name: 'data.prod.svc.cluster.local.', pod: inNamespace('test') });
    expect(tried(r)).toEqual(['data.prod.svc.cluster.local. answer']);
  });
});

describe('resolveName', () => {
  it('writes the kubelet resolv.conf for a ClusterFirst pod', () => {
    const r = resolveName(world, { name: 'data', pod: inNamespace('test') });
    expect(r.resolvConf).toMatchObject({ source: 'cluster', nameserver: '10.96.0.10', search: ['test.svc.cluster.local', 'svc.cluster.local', 'cluster.local'], ndots: 5 });
  });

  it('compares names case-insensitively', () => {
    const r = resolveName(world, { name: 'DATA.Prod', pod: inNamespace('test') });
    expect(r.result).toMatchObject({ type: 'answer', addresses: ['10.96.7.7'] });
  });

  it('sends a name with 5 dots as written first', () => {
    const r = resolveName(world, { name: 'a.b.c.d.e.f', pod: inNamespace('test') });
    expect(r.queries.map((q) => q.name)).toEqual(['a.b.c.d.e.f.', 'a.b.c.d.e.f.test.svc.cluster.local.', 'a.b.c.d.e.f.svc.cluster.local.', 'a.b.c.d.e.f.cluster.local.']);
  });

  it('answers a headless Service with every ready endpoint', () => {
    const r = resolveName(world, { name: 'nginx', pod: inNamespace('default') });
    expect(r.result).toMatchObject({ type: 'answer', addresses: ['10.244.1.20', '10.244.2.21'] });
  });

  it('answers a StatefulSet pod by hostname under its headless Service', () => {
    const r = resolveName(world, { name: 'web-1.nginx', pod: inNamespace('default') });
    expect(tried(r)).toEqual(['web-1.nginx.default.svc.cluster.local. answer']);
    expect(r.result).toMatchObject({ type: 'answer', addresses: ['10.244.2.21'] });
  });

  it('answers NXDOMAIN for a headless Service without ready endpoints, and says why', () => {
    const r = resolveName(world, { name: 'lonely.default.svc.cluster.local.', pod: inNamespace('default') });
    expect(r.result.type).toBe('nxdomain');
    expect(r.queries[0]?.reason).toBe('headless Service default/lonely has no ready endpoints, so CoreDNS answers NXDOMAIN');
  });

  it('answers SRV for a named port, one per endpoint of a headless Service', () => {
    const r = resolveName(world, { name: '_web._tcp.nginx', pod: inNamespace('default'), type: 'SRV' });
    expect(r.result.type).toBe('answer');
    const srv = r.result.type === 'answer' ? r.result.records : [];
    expect(srv.map((s) => (s.type === 'SRV' ? `${s.port} ${s.target}` : s.type))).toEqual([
      '80 web-0.nginx.default.svc.cluster.local.',
      '80 web-1.nginx.default.svc.cluster.local.',
    ]);
  });

  it('answers NXDOMAIN for SRV of an unknown port name', () => {
    const r = resolveName(world, { name: '_http._tcp.data.prod.svc.cluster.local.', type: 'SRV' });
    expect(r.queries[0]?.reason).toBe('Service prod/data has no port named "http" with protocol TCP: only named ports get SRV records');
  });

  it('answers an ExternalName Service with its CNAME, resolved upstream without an address', () => {
    const r = resolveName(world, { name: 'my-db', pod: inNamespace('default') });
    expect(tried(r)).toEqual(['my-db.default.svc.cluster.local. external']);
    expect(r.queries[0]?.answers.map((a) => a.type)).toEqual(['CNAME']);
    expect(r.result).toMatchObject({ type: 'external', host: 'my.database.example.com' });
  });

  it('follows an ExternalName CNAME to a Service inside the cluster', () => {
    const r = resolveName(world, { name: 'alias', pod: inNamespace('default') });
    expect(r.result).toMatchObject({ type: 'answer', addresses: ['10.96.7.7'] });
    const answers = r.result.type === 'answer' ? r.result.records : [];
    expect(answers.map((a) => a.type)).toEqual(['CNAME', 'A']);
  });

  it('answers PTR for a cluster IP given as an address', () => {
    const r = resolveName(world, { name: '10.96.0.1', type: 'PTR', pod: inNamespace('default') });
    expect(r.name).toBe('1.0.96.10.in-addr.arpa.');
    const ptr = r.result.type === 'answer' ? r.result.records[0] : undefined;
    expect(ptr).toMatchObject({ type: 'PTR', target: 'kubernetes.default.svc.cluster.local.' });
  });

  it('passes a reverse query for an unknown address to the upstream, which says NXDOMAIN', () => {
    const r = resolveName(world, { name: '192.0.2.1', type: 'PTR' });
    expect(r.queries[0]).toMatchObject({ server: 'upstream', status: 'nxdomain' });
  });

  it('answers NODATA, not NXDOMAIN, for AAAA of an IPv4 Service', () => {
    const r = resolveName(world, { name: 'kubernetes.default.svc.cluster.local.', type: 'AAAA' });
    expect(r.queries[0]).toMatchObject({ status: 'nodata', rcode: 'NOERROR' });
    expect(r.result.type).toBe('nodata');
  });

  it('makes up pod records for any dashed IP in an existing namespace (pods insecure)', () => {
    expect(resolveName(world, { name: '10-244-9-9.default.pod.cluster.local.' }).result).toMatchObject({ type: 'answer', addresses: ['10.244.9.9'] });
    expect(resolveName(world, { name: '10-244-9-9.nowhere.pod.cluster.local.' }).result.type).toBe('nxdomain');
  });

  it('serves dns-version', () => {
    const r = resolveName(world, { name: 'dns-version.cluster.local.', type: 'TXT' });
    expect(r.result.type === 'answer' ? r.result.records[0] : undefined).toMatchObject({ type: 'TXT', text: '1.1.0' });
  });

  it('sends outside names through the search path, then to the upstream', () => {
    const r = resolveName(world, { name: 'www.example.org', pod: inNamespace('default') });
    expect(r.queries).toHaveLength(4);
    expect(r.queries[3]).toMatchObject({ name: 'www.example.org.', server: 'upstream', status: 'nxdomain' });
  });

  it('lets a hostNetwork pod with ClusterFirst use the node resolver, which knows no cluster names', () => {
    const r = resolveName(world, { name: 'kubernetes.default.svc.cluster.local', pod: { namespace: 'default', dnsPolicy: 'ClusterFirst', hostNetwork: true } });
    expect(r.resolvConf.source).toBe('node');
    expect(r.queries.map((q) => `${q.name} ${q.server}`)).toEqual(['kubernetes.default.svc.cluster.local. upstream']);
    expect(r.result.type).toBe('nxdomain');
  });

  it('gives a hostNetwork pod with ClusterFirstWithHostNet cluster DNS', () => {
    const r = resolveName(world, { name: 'kubernetes.default', pod: { namespace: 'default', dnsPolicy: 'ClusterFirstWithHostNet', hostNetwork: true } });
    expect(r.result).toMatchObject({ type: 'answer', addresses: ['10.96.0.1'] });
  });

  it('gives a dnsPolicy Default pod the node resolver', () => {
    const r = resolveName(world, { name: 'data.prod', pod: { namespace: 'test', dnsPolicy: 'Default', hostNetwork: false } });
    expect(r.resolvConf.source).toBe('node');
    expect(r.result.type).toBe('nxdomain');
  });

  it('sends the name once, as written, to CoreDNS when there is no pod', () => {
    const r = resolveName(world, { name: 'data.prod.svc.cluster.local' });
    expect(tried(r)).toEqual(['data.prod.svc.cluster.local. answer']);
    expect(r.resolvConf.source).toBe('direct');
  });

  it('does not ask DNS for an IP address', () => {
    expect(resolveName(world, { name: '10.96.0.1', pod: inNamespace('default') })).toMatchObject({ queries: [], result: { type: 'ip-literal', address: '10.96.0.1' } });
  });

  it('refuses names no resolver would send', () => {
    for (const name of ['', '.', 'a..b', 'has space', `${'x'.repeat(64)}.com`]) {
      const r = resolveName(world, { name, pod: inNamespace('default') });
      expect(r.result.type).toBe('invalid-name');
      expect(r.queries).toEqual([]);
    }
  });

  it('explains a failed walk by the query the name was meant for', () => {
    const ask = (name: string): string => {
      const r = resolveName(world, { name, pod: inNamespace('test') });
      return r.result.type === 'nxdomain' ? r.result.reason : r.result.type;
    };
    expect(ask('data')).toBe('no Service "data" in namespace "test" (4 names tried)');
    expect(ask('cache.prod')).toBe('no Service "cache" in namespace "prod" (4 names tried)');
    expect(ask('www.example.org')).toBe('www.example.org is outside the cluster domain and the simulated upstream DNS knows no outside names (4 names tried)');
    expect(resolveName(world, { name: 'data.svc.cluster.local.' }).queries[0]?.reason).toBe('namespace "data" does not exist');
  });

  it('falls back to the node resolver when the cluster has no DNS Service', () => {
    const r = resolveName(cluster({ dnsServiceIP: '' }), { name: 'kubernetes', pod: inNamespace('default') });
    expect(r.resolvConf.source).toBe('node');
  });
});
