import { describe, expect, it } from 'vitest';
import { NOT_READY, cluster, endpoint, port, service, slice } from './fixtures';
import { findNftRule } from './index';
import { nftDuration, priorityText } from './nft-render';
import { buildNftables, nftChainsOf } from './nftables';
import { renderNft } from './nft-render';
import type { NftTable } from './nftables-types';
import { buildProxyView } from './service-ports';

const svc1 = service('ns1', 'svc1', { clusterIP: '172.30.0.41', ports: [port({ name: 'p80', port: 80 })] });
const twoPods = slice(svc1, [['p80', 80]], [endpoint('10.180.0.1', 'node-1'), endpoint('10.180.0.2', 'node-2')]);
const chain = (t: NftTable, name: string) => t.chains.find((c) => c.name === name);
const texts = (t: NftTable, name: string) => chain(t, name)?.rules.map((r) => r.text);
const SVC = 'service-ULMVA6XW-ns1/svc1/tcp/p80';
const EP1 = 'endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80';
const EP2 = 'endpoint-2ZNDXFAB-ns1/svc1/tcp/p80__10.180.0.2/80';

describe('nftables mode (§2.2)', () => {
  const table = buildNftables(cluster({ services: [svc1], slices: [twoPods] }), 'node-1');

  it('names chains with the readable base and its hash', () => {
    const port = buildProxyView(cluster({ services: [svc1], slices: [twoPods] }), 'node-1').servicePorts[0];
    expect(port && nftChainsOf(port).service).toBe(SVC);
    expect(chain(table, EP1)).toBeDefined();
  });

  it('dispatches through the service-ips map and balances with one numgen rule', () => {
    expect(table.sets.find((s) => s.name === 'service-ips')?.elements).toEqual([{ key: ['172.30.0.41', 'tcp', '80'], value: `goto ${SVC}` }]);
    const lb = chain(table, SVC)?.rules.at(-1);
    expect(lb?.action).toEqual({ type: 'numgen', chains: [EP1, EP2] });
    expect(lb?.written).toBe(`numgen random mod 2 vmap { 0 : goto ${EP1} , 1 : goto ${EP2} }`);
    expect(lb?.text).toBe(`numgen random mod 2 vmap { 0 : goto ${EP1}, 1 : goto ${EP2} }`);
    expect(texts(table, SVC)?.[0]).toBe('ip daddr 172.30.0.41 tcp dport 80 ip saddr != 10.244.0.0/16 jump mark-for-masquerade');
  });

  it('endpoint chains masquerade hairpin traffic and DNAT', () => {
    expect(texts(table, EP1)).toEqual(['ip saddr 10.180.0.1 jump mark-for-masquerade', 'meta l4proto tcp dnat to 10.180.0.1:80']);
  });

  it('has the base chains with their hooks and priorities', () => {
    const bases = table.chains.filter((c) => c.base).map((c) => `${c.name} ${c.base?.type} ${c.base?.hook} ${c.base && priorityText(c.base)}`);
    expect(bases).toEqual([
      'filter-prerouting filter prerouting dstnat - 10',
      'filter-input filter input -110',
      'filter-forward filter forward -110',
      'filter-output filter output dstnat - 10',
      'filter-output-post-dnat filter output dstnat + 10',
      'nat-prerouting nat prerouting dstnat',
      'nat-output nat output dstnat',
      'nat-postrouting nat postrouting srcnat',
    ]);
    expect(texts(table, 'services')).toEqual([
      'ip daddr . meta l4proto . th dport vmap @service-ips',
      'fib daddr type local ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @service-nodeports',
    ]);
    expect(texts(table, 'masquerading')).toEqual([
      'meta mark & 0x00004000 == 0x00000000 return',
      'meta mark set meta mark ^ 0x00004000',
      'masquerade fully-random',
    ]);
    expect(chain(table, 'mark-for-masquerade')?.rules[0]?.written).toBe('mark set mark or 0x00004000');
  });

  it('rejects undefined ports of cluster IPs and drops unallocated service IPs', () => {
    expect(table.sets.find((s) => s.name === 'cluster-ips')?.elements).toEqual([{ key: ['172.30.0.41'] }]);
    expect(texts(table, 'cluster-ips-check')).toEqual([
      'ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"',
      'ip daddr 10.96.0.0/12 drop comment "Drop traffic to unallocated ClusterIPs"',
    ]);
  });

  it('services without endpoints go to reject-chain through no-endpoint-services and no-endpoint-nodeports', () => {
    const np = service('ns1', 'np', { type: 'NodePort', clusterIP: '172.30.0.42', ports: [port({ port: 80, nodePort: 30001 })] });
    const t = buildNftables(cluster({ services: [np], slices: [slice(np, [['', 80]], [{ ...endpoint('10.180.0.3'), conditions: NOT_READY }])] }), 'node-1');
    expect(t.sets.find((s) => s.name === 'no-endpoint-services')?.elements).toEqual([
      { key: ['172.30.0.42', 'tcp', '80'], value: 'goto reject-chain', comment: 'ns1/np' },
    ]);
    expect(t.sets.find((s) => s.name === 'no-endpoint-nodeports')?.elements).toEqual([{ key: ['tcp', '30001'], value: 'goto reject-chain', comment: 'ns1/np' }]);
    expect(t.chains.filter((c) => c.name.includes('/'))).toEqual([]);
  });

  it('externalTrafficPolicy Local without local endpoints: drop external traffic, keep the short-circuits', () => {
    const lb = service('ns1', 'lb', {
      type: 'LoadBalancer',
      externalTrafficPolicy: 'Local',
      clusterIP: '172.30.0.43',
      loadBalancerIngressIPs: ['1.2.3.4'],
      loadBalancerSourceRanges: ['203.0.113.0/25', '198.51.100.0/24'],
      ports: [port({ port: 80, nodePort: 30002 })],
    });
    const t = buildNftables(cluster({ services: [lb], slices: [slice(lb, [['', 80]], [endpoint('10.180.0.9', 'node-2')])] }), 'node-1');
    const c = nftChainsOf(buildProxyView(cluster({ services: [lb], slices: [] }), 'node-1').servicePorts[0]!);
    expect(t.sets.find((s) => s.name === 'no-endpoint-nodeports')?.elements).toEqual([{ key: ['tcp', '30002'], value: 'drop', comment: 'ns1/lb' }]);
    expect(texts(t, c.external)).toEqual([
      `ip saddr 10.244.0.0/16 goto ${c.service} comment "short-circuit pod traffic"`,
      'fib saddr type local jump mark-for-masquerade comment "masquerade local traffic"',
      `fib saddr type local goto ${c.service} comment "short-circuit local traffic"`,
    ]);
    expect(t.sets.find((s) => s.name === 'firewall-ips')?.elements).toEqual([{ key: ['1.2.3.4', 'tcp', '80'], value: `goto ${c.firewall}` }]);
    expect(chain(t, c.firewall)?.rules[0]?.written).toBe('ip saddr != { 203.0.113.0/25 , 198.51.100.0/24 } drop');
    expect(texts(t, c.firewall)).toEqual(['ip saddr != { 203.0.113.0/25, 198.51.100.0/24 } drop']);
  });

  it('ClientIP affinity uses a timed set per endpoint, checked before numgen and updated in the endpoint chain', () => {
    const sticky = service('ns1', 'svc1', { ...svc1, sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 });
    const t = buildNftables(cluster({ services: [sticky], slices: [twoPods] }), 'node-1');
    const set = t.sets.find((s) => s.name === 'affinity-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80');
    expect(set).toMatchObject({ kind: 'set', type: 'ipv4_addr', flags: ['dynamic', 'timeout'], timeoutSeconds: 10800 });
    expect(texts(t, SVC)?.[1]).toBe(`ip saddr @affinity-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80 goto ${EP1}`);
    expect(texts(t, EP1)?.[1]).toBe('update @affinity-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80 { ip saddr }');
    expect(renderNft(t)).toContain('\t\tflags dynamic,timeout\n\t\ttimeout 3h\n');
  });

  it('renders `nft list table ip kube-proxy` with sets first, then chains', () => {
    const text = renderNft(table);
    expect(text.startsWith('table ip kube-proxy {\n\tcomment "rules for kube-proxy"\n\n\tset cluster-ips {\n\t\ttype ipv4_addr\n')).toBe(true);
    expect(text).toContain('\tchain filter-prerouting {\n\t\ttype filter hook prerouting priority dstnat - 10; policy accept;\n\t\tct state new jump firewall-check\n\t}\n');
    expect(text).toContain('\tchain reject-chain {\n\t\tcomment "helper for @no-endpoint-services / @no-endpoint-nodeports"\n\t\treject\n\t}\n');
    expect(text).toContain(`\t\telements = { 172.30.0.41 . tcp . 80 : goto ${SVC} }\n`);
    expect(text.endsWith('\t}\n}\n')).toBe(true);
  });

  it('lays out long element lists as nft does', () => {
    const many = Array.from({ length: 9 }, (_, i) => service('ns1', `s${i}`, { clusterIP: `172.30.1.${i}`, ports: [port({ port: 80 })] }));
    const text = renderNft(buildNftables(cluster({ services: many, slices: [] }), 'node-1'));
    expect(text).toContain('elements = { 172.30.1.0, 172.30.1.1, 172.30.1.2, 172.30.1.3, 172.30.1.4, 172.30.1.5, 172.30.1.6, 172.30.1.7,\n\t\t\t     172.30.1.8 }');
    expect(text).toContain('elements = { 172.30.1.0 . tcp . 80 comment "ns1/s0" : goto reject-chain,\n\t\t\t     172.30.1.1 . tcp . 80');
  });

  it('prints durations like nft', () => {
    expect([10800, 10, 86400, 3700, 0].map(nftDuration)).toEqual(['3h', '10s', '1d', '1h1m40s', '0s']);
  });

  it('finds rules by id', () => {
    const all = table.chains.flatMap((c) => c.rules);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(findNftRule(table, 'nft/services#0')?.action).toEqual({ type: 'vmap', key: 'daddr-proto-dport', map: 'service-ips' });
  });
});
