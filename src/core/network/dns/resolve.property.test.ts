import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDnsRecords } from './records';
import { resolveName } from './resolve';
import { cluster, pod, port, service, slice } from './test-fixtures';
import type { DnsRecordType } from './types';

const svc = service('default', 'web', { clusterIP: '10.96.1.1', ports: [port('http', 80)] });
const headless = service('shop', 'db', { clusterIP: 'None', ports: [port('pg', 5432)] });
const world = cluster({
  services: [svc, headless, service('default', 'ext', { type: 'ExternalName', clusterIP: '', externalName: 'example.com', ports: [] })],
  endpointSlices: [slice(headless, [{ ip: '10.244.1.2', hostname: 'db-0' }], [{ name: 'pg', port: 5432, protocol: 'TCP' }])],
  pods: [pod('shop', 'db-0', { ip: '10.244.1.2' })],
});
const types: readonly DnsRecordType[] = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'TXT'];
const label = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
const dnsish = fc.oneof(fc.string(), fc.array(label, { minLength: 1, maxLength: 8 }).map((l) => l.join('.')), fc.constantFrom('web', 'db.shop', 'ext', '_pg._tcp.db.shop'));
const podContext = fc.record({
  namespace: fc.constantFrom('default', 'shop', 'nowhere'),
  dnsPolicy: fc.constantFrom('ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'),
  hostNetwork: fc.boolean(),
});

describe('resolveName properties', () => {
  it('never throws, and its result always agrees with its queries', () => {
    fc.assert(
      fc.property(dnsish, fc.option(podContext, { nil: undefined }), fc.constantFrom(...types), (name, p, type) => {
        const r = resolveName(world, { name, type, ...(p ? { pod: p } : {}) });
        for (const q of r.queries) expect(q.name.endsWith('.')).toBe(true);
        if (r.result.type === 'answer' || r.result.type === 'external') {
          expect(r.queries[r.result.queryIndex]?.status).toBe(r.result.type);
          expect(r.result.queryIndex).toBe(r.queries.length - 1);
        } else if (r.result.type === 'nxdomain' || r.result.type === 'nodata' || r.result.type === 'servfail') {
          expect(r.queries.length).toBeGreaterThan(0);
          expect(r.queries.every((q) => q.status !== 'answer' && q.status !== 'external')).toBe(true);
        }
      }),
    );
  });

  it('every listed record is found again by an absolute query of its name and type', () => {
    for (const record of buildDnsRecords(world)) {
      const r = resolveName(world, { name: record.name, type: record.type });
      expect(r.result.type, record.name).toBe('answer');
      expect(r.result.type === 'answer' ? r.result.records : []).toContainEqual(record);
    }
  });
});
