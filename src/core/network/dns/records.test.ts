import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { buildDnsRecords } from './records';
import { renderDnsRecords, sortDnsRecords } from './render';
import { cluster, pod, port, service, slice } from './test-fixtures';

const lines = (c: Parameters<typeof buildDnsRecords>[0]): string[] => renderDnsRecords(buildDnsRecords(c));

describe('buildDnsRecords', () => {
  it('serves the kubernetes Service as the spec example shows it', () => {
    const out = lines(cluster());
    expect(out).toContain('kubernetes.default.svc.cluster.local. 30 IN A 10.96.0.1');
    expect(out).toContain('_https._tcp.kubernetes.default.svc.cluster.local. 30 IN SRV 0 100 443 kubernetes.default.svc.cluster.local.');
    expect(out).toContain('1.0.96.10.in-addr.arpa. 30 IN PTR kubernetes.default.svc.cluster.local.');
  });

  it('serves dns-version as TXT "1.1.0" with its own TTL', () => {
    expect(lines(cluster())).toContain('dns-version.cluster.local. 28800 IN TXT "1.1.0"');
  });

  it('gives a ClusterIP Service an A record, SRV for named ports only, and a PTR', () => {
    const myapp = service('default', 'myapp', { clusterIP: '10.96.3.215', ports: [port('http', 80), port('metrics', 9090, 'UDP')] });
    const plain = service('default', 'plain', { clusterIP: '10.96.3.216', ports: [port('', 8080)] });
    const out = lines(cluster({ services: [myapp, plain] }));
    expect(out).toContain('myapp.default.svc.cluster.local. 30 IN A 10.96.3.215');
    expect(out).toContain('_http._tcp.myapp.default.svc.cluster.local. 30 IN SRV 0 100 80 myapp.default.svc.cluster.local.');
    expect(out).toContain('_metrics._udp.myapp.default.svc.cluster.local. 30 IN SRV 0 100 9090 myapp.default.svc.cluster.local.');
    expect(out).toContain('215.3.96.10.in-addr.arpa. 30 IN PTR myapp.default.svc.cluster.local.');
    expect(out).toContain('plain.default.svc.cluster.local. 30 IN A 10.96.3.216');
    expect(out.filter((l) => l.includes('plain') && l.includes(' SRV '))).toEqual([]);
  });

  it('names the ready endpoints of a ClusterIP Service by dashed IP, as CoreDNS does', () => {
    const myapp = service('default', 'myapp', { clusterIP: '10.96.3.215' });
    const out = lines(cluster({ services: [myapp], endpointSlices: [slice(myapp, [{ ip: '10.244.1.5' }, { ip: '10.244.2.6', ready: false }])] }));
    expect(out).toContain('10-244-1-5.myapp.default.svc.cluster.local. 30 IN A 10.244.1.5');
    expect(out).toContain('5.1.244.10.in-addr.arpa. 30 IN PTR 10-244-1-5.myapp.default.svc.cluster.local.');
    expect(out.some((l) => l.includes('10-244-2-6'))).toBe(false);
    // The Service name itself keeps answering with the cluster IP only.
    expect(out.filter((l) => l.startsWith('myapp.default.svc.cluster.local. '))).toEqual(['myapp.default.svc.cluster.local. 30 IN A 10.96.3.215']);
  });

  it('gives a headless Service one A per ready endpoint and SRV per endpoint × named port', () => {
    const db = service('default', 'db', { clusterIP: 'None', ports: [port('pg', 5432)] });
    const eps = slice(db, [{ ip: '10.244.1.7' }, { ip: '10.244.2.8' }, { ip: '10.244.3.9' }, { ip: '10.244.3.10', ready: false }], [{ name: 'pg', port: 5432, protocol: 'TCP' }]);
    const out = lines(cluster({ services: [db], endpointSlices: [eps] }));
    expect(out.filter((l) => l.startsWith('db.default.svc.cluster.local. '))).toEqual([
      'db.default.svc.cluster.local. 30 IN A 10.244.1.7',
      'db.default.svc.cluster.local. 30 IN A 10.244.2.8',
      'db.default.svc.cluster.local. 30 IN A 10.244.3.9',
    ]);
    expect(out.filter((l) => l.startsWith('_pg._tcp.db.'))).toEqual([
      '_pg._tcp.db.default.svc.cluster.local. 30 IN SRV 0 33 5432 10-244-1-7.db.default.svc.cluster.local.',
      '_pg._tcp.db.default.svc.cluster.local. 30 IN SRV 0 33 5432 10-244-2-8.db.default.svc.cluster.local.',
      '_pg._tcp.db.default.svc.cluster.local. 30 IN SRV 0 33 5432 10-244-3-9.db.default.svc.cluster.local.',
    ]);
    expect(out).toContain('8.2.244.10.in-addr.arpa. 30 IN PTR 10-244-2-8.db.default.svc.cluster.local.');
    expect(out.some((l) => l.includes('10.244.3.10'))).toBe(false);
  });

  it('serves StatefulSet pods by hostname under their headless Service', () => {
    const nginx = service('default', 'nginx', { clusterIP: 'None', ports: [port('web', 80)] });
    const eps = slice(nginx, [{ ip: '10.244.1.20', hostname: 'web-0' }, { ip: '10.244.2.21', hostname: 'web-1' }], [{ name: 'web', port: 80, protocol: 'TCP' }]);
    const out = lines(cluster({ services: [nginx], endpointSlices: [eps] }));
    expect(out).toContain('web-0.nginx.default.svc.cluster.local. 30 IN A 10.244.1.20');
    expect(out).toContain('web-1.nginx.default.svc.cluster.local. 30 IN A 10.244.2.21');
    expect(out).toContain('_web._tcp.nginx.default.svc.cluster.local. 30 IN SRV 0 50 80 web-0.nginx.default.svc.cluster.local.');
    expect(out).toContain('20.1.244.10.in-addr.arpa. 30 IN PTR web-0.nginx.default.svc.cluster.local.');
  });

  it('counts not-ready endpoints of a publishNotReadyAddresses Service as ready', () => {
    const peers = service('default', 'peers', { clusterIP: 'None', publishNotReadyAddresses: true });
    const out = lines(cluster({ services: [peers], endpointSlices: [slice(peers, [{ ip: '10.244.1.30', ready: false }])] }));
    expect(out).toContain('peers.default.svc.cluster.local. 30 IN A 10.244.1.30');
  });

  it('serves nothing under a headless Service without ready endpoints', () => {
    const lonely = service('default', 'lonely', { clusterIP: 'None' });
    const out = lines(cluster({ services: [lonely], endpointSlices: [slice(lonely, [{ ip: '10.244.1.31', ready: false }])] }));
    expect(out.some((l) => l.includes('lonely'))).toBe(false);
  });

  it('reads the Endpoints object when a Service has no EndpointSlices', () => {
    const legacy = service('default', 'legacy', { clusterIP: 'None', selector: undefined });
    const endpoints = [{ meta: legacy.meta, managed: false, subsets: [{ addresses: [{ ip: '192.168.5.5' }], notReadyAddresses: [{ ip: '192.168.5.6' }], ports: [] }] }];
    const out = lines(cluster({ services: [legacy], endpoints }));
    expect(out.filter((l) => l.startsWith('legacy.'))).toEqual(['legacy.default.svc.cluster.local. 30 IN A 192.168.5.5']);
  });

  it('serves an ExternalName Service as a CNAME with one trailing dot stripped, and no A record', () => {
    const db = service('default', 'my-db', { type: 'ExternalName', clusterIP: '', externalName: 'my.database.example.com.', ports: [] });
    const out = lines(cluster({ services: [db] }));
    expect(out.filter((l) => l.includes('my-db'))).toEqual(['my-db.default.svc.cluster.local. 30 IN CNAME my.database.example.com.']);
  });

  it('serves nothing for an ExternalName that is an IP address', () => {
    const ip = service('default', 'by-ip', { type: 'ExternalName', clusterIP: '', externalName: '192.0.2.10', ports: [] });
    expect(lines(cluster({ services: [ip] })).some((l) => l.includes('by-ip'))).toBe(false);
  });

  it('lists a dashed-IP A record for every pod in its namespace', () => {
    const out = lines(cluster({ pods: [pod('shop', 'cart-1', { ip: '10.244.1.5' })] }));
    expect(out).toContain('10-244-1-5.shop.pod.cluster.local. 30 IN A 10.244.1.5');
  });

  it('uses AAAA and nibble ip6.arpa names for IPv6', () => {
    const v6 = service('default', 'v6', { clusterIP: 'fd00:10:96::a' });
    const out = lines(cluster({ services: [v6] }));
    expect(out).toContain('v6.default.svc.cluster.local. 30 IN AAAA fd00:10:96::a');
    expect(out).toContain(
      'a.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.6.9.0.0.0.1.0.0.0.0.d.f.ip6.arpa. 30 IN PTR v6.default.svc.cluster.local.',
    );
  });

  it('follows the configured cluster domain, whatever its case', () => {
    const c = cluster({ settings: { ...DEFAULT_SETTINGS, clusterDomain: 'Corp.Internal.' } });
    expect(renderDnsRecords(buildDnsRecords(c))).toContain('kubernetes.default.svc.corp.internal. 30 IN A 10.96.0.1');
  });

  it('lists records in one stable zone-file order whatever the object order', () => {
    const a = service('default', 'a', { clusterIP: '10.96.0.20' });
    const b = service('shop', 'b', { clusterIP: '10.96.0.9' });
    const records = buildDnsRecords(cluster({ services: [a, b] }));
    expect(buildDnsRecords(cluster({ services: [b, a] }))).toEqual(records);
    expect(sortDnsRecords([...records].reverse())).toEqual(records);
    const out = renderDnsRecords(records);
    expect(out[0]).toBe('dns-version.cluster.local. 28800 IN TXT "1.1.0"');
    // Reverse names come after the cluster zone, in address order (10.96.0.9 before 10.96.0.10).
    const ptrs = out.filter((l) => l.includes('in-addr.arpa'));
    expect(ptrs.map((l) => l.split(' ')[0])).toEqual(['1.0.96.10.in-addr.arpa.', '9.0.96.10.in-addr.arpa.', '10.0.96.10.in-addr.arpa.', '20.0.96.10.in-addr.arpa.']);
  });
});
