import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SliceEndpoint } from '../../model/types';
import { categorizeEndpoints, topologyModeFromHints } from './categorize';
import { NOT_READY, TERMINATING_SERVING, cluster, endpoint, node, port, service, slice } from './fixtures';
import { buildProxyView, type ProxyEndpoint } from './service-ports';

const web = service('shop', 'web', { clusterIP: '10.96.4.4', ports: [port({ name: 'http', port: 80 })] });

describe("kube-proxy's service map", () => {
  it('skips headless and ExternalName services, and services without an IPv4 clusterIP', () => {
    const headless = service('shop', 'db', { clusterIP: 'None', ports: [port({ port: 5432 })] });
    const external = service('shop', 'ext', { type: 'ExternalName', clusterIP: '', externalName: 'example.com', ports: [] });
    const v6 = service('shop', 'v6', { clusterIP: 'fd00::1', ports: [port({ port: 80 })] });
    const view = buildProxyView(cluster({ services: [headless, external, v6, web], slices: [] }), 'node-1');
    expect(view.servicePorts.map((p) => p.spn)).toEqual(['shop/web:http']);
  });

  it('has one entry per port, services sorted by namespace/name and ports in spec order', () => {
    const dns = service('kube-system', 'kube-dns', {
      clusterIP: '10.96.0.10',
      ports: [port({ name: 'dns', port: 53, protocol: 'UDP' }), port({ name: 'dns-tcp', port: 53 }), port({ name: 'metrics', port: 9153 })],
    });
    const k8s = service('default', 'kubernetes', { clusterIP: '10.96.0.1', ports: [port({ name: 'https', port: 443 })] });
    const view = buildProxyView(cluster({ services: [web, dns, k8s], slices: [] }), 'node-1');
    expect(view.servicePorts.map((p) => `${p.spn}/${p.proto}`)).toEqual([
      'default/kubernetes:https/tcp',
      'kube-system/kube-dns:dns/udp',
      'kube-system/kube-dns:dns-tcp/tcp',
      'kube-system/kube-dns:metrics/tcp',
      'shop/web:http/tcp',
    ]);
  });

  it('takes the endpoint port from the slice port with the same name and protocol', () => {
    const dns = service('kube-system', 'kube-dns', {
      clusterIP: '10.96.0.10',
      ports: [port({ name: 'dns', port: 53, protocol: 'UDP' }), port({ name: 'metrics', port: 9153 })],
    });
    const s = slice(dns, [['dns', 5353, 'UDP'], ['dns', 5300, 'TCP'], ['metrics', 9153]], [endpoint('10.244.1.2')]);
    const view = buildProxyView(cluster({ services: [dns], slices: [s] }), 'node-1');
    expect(view.servicePorts.map((p) => p.endpoints.map((e) => e.endpoint))).toEqual([['10.244.1.2:5353'], ['10.244.1.2:9153']]);
  });

  it('uses only addresses[0], skips endpoints without an address, and ignores other services and namespaces', () => {
    const other = service('other', 'web', { clusterIP: '10.96.9.9', ports: [port({ name: 'http', port: 80 })] });
    const eps: SliceEndpoint[] = [{ addresses: ['10.244.1.7', '10.244.1.8'], conditions: { ready: true, serving: true, terminating: false } }, { addresses: [], conditions: { ready: true, serving: true, terminating: false } }];
    const view = buildProxyView(
      cluster({ services: [web, other], slices: [slice(web, [['http', 8080]], eps), slice(other, [['http', 8080]], [endpoint('10.244.9.9')])] }),
      'node-1',
    );
    expect(view.servicePorts.find((p) => p.namespace === 'shop')?.endpoints.map((e) => e.endpoint)).toEqual(['10.244.1.7:8080']);
  });

  it('sorts endpoints by the string "ip:port", so 10.0.0.10 comes before 10.0.0.2', () => {
    const s = slice(web, [['http', 80]], [endpoint('10.0.0.2'), endpoint('10.0.0.10'), endpoint('10.0.0.1')]);
    const view = buildProxyView(cluster({ services: [web], slices: [s] }), 'node-1');
    expect(view.servicePorts[0]?.endpoints.map((e) => e.endpoint)).toEqual(['10.0.0.10:80', '10.0.0.1:80', '10.0.0.2:80']);
  });

  it('merges an endpoint listed in two slices once, preferring the copy that is local', () => {
    const a = slice(web, [['http', 80]], [endpoint('10.244.1.5')], 'a');
    const b = slice(web, [['http', 80]], [endpoint('10.244.1.5', 'node-1')], 'b');
    const eps = buildProxyView(cluster({ services: [web], slices: [a, b] }), 'node-1').servicePorts[0]?.endpoints;
    expect(eps).toHaveLength(1);
    expect(eps?.[0]?.isLocal).toBe(true);
  });

  it('marks endpoints on this node as local', () => {
    const s = slice(web, [['http', 80]], [endpoint('10.244.1.5', 'node-1'), endpoint('10.244.2.5', 'node-2'), endpoint('10.9.9.9')]);
    const eps = buildProxyView(cluster({ services: [web], slices: [s] }), 'node-1').servicePorts[0]?.endpoints;
    expect(eps?.map((e) => [e.ip, e.isLocal])).toEqual([['10.244.1.5', true], ['10.244.2.5', false], ['10.9.9.9', false]]);
  });

  it('gives the health check node port only to LoadBalancer services with externalTrafficPolicy Local', () => {
    const lb = (type: 'LoadBalancer' | 'NodePort', etp: 'Local' | 'Cluster') =>
      service('shop', `${type}-${etp}`.toLowerCase(), { type, externalTrafficPolicy: etp, healthCheckNodePort: 32000, clusterIP: '10.96.7.7', ports: [port({ port: 80, nodePort: 30080 })] });
    const view = buildProxyView(cluster({ services: [lb('LoadBalancer', 'Local'), lb('LoadBalancer', 'Cluster'), lb('NodePort', 'Local')], slices: [] }), 'node-1');
    expect(view.servicePorts.map((p) => [p.name, p.healthCheckNodePort])).toEqual([
      ['loadbalancer-cluster', 0],
      ['loadbalancer-local', 32000],
      ['nodeport-local', 0],
    ]);
  });

  it('normalises loadBalancerSourceRanges to network/prefix and skips what is not a CIDR', () => {
    const lb = service('shop', 'lb', { type: 'LoadBalancer', clusterIP: '10.96.7.7', loadBalancerSourceRanges: [' 203.0.113.7/24', '198.51.100.9', '198.51.100.9/32'], ports: [port({ port: 80 })] });
    expect(buildProxyView(cluster({ services: [lb], slices: [] }), 'node-1').servicePorts[0]?.loadBalancerSourceRanges).toEqual([
      '203.0.113.0/24',
      '198.51.100.9/32',
    ]);
  });

  it('counts every endpoint of every proxied port (for large-cluster mode), ready or not', () => {
    const s = slice(web, [['http', 80]], [endpoint('10.244.1.5'), endpoint('10.244.1.6', undefined, { conditions: NOT_READY })]);
    expect(buildProxyView(cluster({ services: [web], slices: [s] }), 'node-1').totalEndpoints).toBe(2);
  });
});

function ep(ip: string, extra: Partial<ProxyEndpoint> = {}): ProxyEndpoint {
  return { ip, port: 80, endpoint: `${ip}:80`, isLocal: false, ready: true, serving: true, terminating: false, zoneHints: [], nodeHints: [], ...extra };
}
const cluster_ = { usesClusterEndpoints: true, usesLocalEndpoints: false };
const at = (nodeName: string, zone: string) => ({ nodeName, zone, preferSameTrafficDistribution: true });

describe('categorizeEndpoints (§1.7)', () => {
  it('cluster endpoints are the ready ones', () => {
    const r = categorizeEndpoints([ep('10.0.0.1'), ep('10.0.0.2', { ready: false, serving: false })], cluster_, at('n1', 'z1'));
    expect(r.clusterEndpoints.map((e) => e.ip)).toEqual(['10.0.0.1']);
    expect(r.hasAnyEndpoints).toBe(true);
  });

  it('falls back to serving and terminating endpoints when none is ready', () => {
    const eps = [ep('10.0.0.1', { ...TERMINATING_SERVING }), ep('10.0.0.2', { ready: false, serving: false, terminating: true })];
    const r = categorizeEndpoints(eps, cluster_, at('n1', 'z1'));
    expect(r.clusterEndpoints.map((e) => e.ip)).toEqual(['10.0.0.1']);
    expect(r.hasAnyEndpoints).toBe(true);
  });

  it('has no endpoints when nothing is ready or serving', () => {
    const r = categorizeEndpoints([ep('10.0.0.1', { ...NOT_READY })], cluster_, at('n1', 'z1'));
    expect(r.clusterEndpoints).toEqual([]);
    expect(r.hasAnyEndpoints).toBe(false);
  });

  it('local endpoints are the local ready ones, else the local serving+terminating ones', () => {
    const policy = { usesClusterEndpoints: false, usesLocalEndpoints: true };
    const eps = [ep('10.0.0.1', { isLocal: true, ...TERMINATING_SERVING }), ep('10.0.0.2', { isLocal: true }), ep('10.0.0.3')];
    expect(categorizeEndpoints(eps, policy, at('n1', 'z1')).localEndpoints.map((e) => e.ip)).toEqual(['10.0.0.2']);
    const noReady = [ep('10.0.0.1', { isLocal: true, ...TERMINATING_SERVING }), ep('10.0.0.3')];
    const r = categorizeEndpoints(noReady, policy, at('n1', 'z1'));
    expect(r.localEndpoints.map((e) => e.ip)).toEqual(['10.0.0.1']);
    expect(r.allReachableEndpoints.map((e) => e.ip)).toEqual(['10.0.0.1']);
    expect(r.clusterEndpoints).toEqual([]);
  });

  it('a remote-only Local service still has endpoints (for the DROP versus REJECT choice)', () => {
    const r = categorizeEndpoints([ep('10.0.0.3')], { usesClusterEndpoints: false, usesLocalEndpoints: true }, at('n1', 'z1'));
    expect(r.localEndpoints).toEqual([]);
    expect(r.hasAnyEndpoints).toBe(true);
  });

  it('with both policies, reachable endpoints are the union sorted by "ip:port"', () => {
    const eps = [ep('10.0.0.1', { isLocal: true, ...TERMINATING_SERVING }), ep('10.0.0.2')];
    const r = categorizeEndpoints(eps, { usesClusterEndpoints: true, usesLocalEndpoints: true }, at('n1', 'z1'));
    expect(r.clusterEndpoints.map((e) => e.ip)).toEqual(['10.0.0.2']);
    expect(r.localEndpoints.map((e) => e.ip)).toEqual(['10.0.0.1']);
    expect(r.allReachableEndpoints.map((e) => e.ip)).toEqual(['10.0.0.1', '10.0.0.2']);
  });
});

describe('topology hints (§7 vector)', () => {
  const hinted = [
    ep('10.0.0.1', { nodeName: 'n1', zone: 'z1', zoneHints: ['z1'], nodeHints: ['n1'] }),
    ep('10.0.0.2', { nodeName: 'n2', zone: 'z1', zoneHints: ['z1'], nodeHints: ['n2'] }),
    ep('10.0.0.3', { nodeName: 'n3', zone: 'z2', zoneHints: ['z2'], nodeHints: ['n3'] }),
  ];
  const zoneOnly = hinted.map((e) => ({ ...e, nodeHints: [] }));
  const used = (eps: ProxyEndpoint[], nodeName: string, zone: string) =>
    categorizeEndpoints(eps, cluster_, at(nodeName, zone)).clusterEndpoints.map((e) => e.ip);

  it('PreferSameZone: z1 nodes use A and B, z2 nodes use C, a z3 node uses all', () => {
    expect(used(zoneOnly, 'n1', 'z1')).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(used(zoneOnly, 'n3', 'z2')).toEqual(['10.0.0.3']);
    expect(used(zoneOnly, 'n5', 'z3')).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  });

  it('hints are ignored once a ready endpoint lacks one; unready endpoints do not count', () => {
    const cNotReady = zoneOnly.map((e) => (e.ip === '10.0.0.3' ? { ...e, ready: false, serving: false } : e));
    expect(used(cNotReady, 'n3', 'z2')).toEqual(['10.0.0.1', '10.0.0.2']);
    const unhinted = zoneOnly.map((e) => (e.ip === '10.0.0.2' ? { ...e, zoneHints: [] } : e));
    expect(topologyModeFromHints(unhinted, at('n1', 'z1'))).toBe('');
  });

  it('PreferSameNode: n3 uses only C; a node without a local endpoint falls back to its zone', () => {
    expect(used(hinted, 'n3', 'z2')).toEqual(['10.0.0.3']);
    expect(topologyModeFromHints(hinted, at('n4', 'z1'))).toBe('PreferSameZone');
    expect(used(hinted, 'n4', 'z1')).toEqual(['10.0.0.1', '10.0.0.2']);
  });

  it('node hints are ignored when the PreferSameTrafficDistribution gate is off', () => {
    expect(topologyModeFromHints(hinted, { nodeName: 'n3', zone: 'z2', preferSameTrafficDistribution: false })).toBe('PreferSameZone');
  });

  it('are not applied to Local-policy endpoints', () => {
    const local = hinted.map((e) => ({ ...e, isLocal: e.ip === '10.0.0.1' }));
    const r = categorizeEndpoints(local, { usesClusterEndpoints: false, usesLocalEndpoints: true }, at('n1', 'z2'));
    expect(r.localEndpoints.map((e) => e.ip)).toEqual(['10.0.0.1']);
  });

  it('the node zone comes from the Node object', () => {
    const s = slice(web, [['http', 80]], [endpoint('10.244.1.5', 'node-1', { hints: { forZones: ['zone-a'], forNodes: [] } }), endpoint('10.244.2.5', 'node-2', { hints: { forZones: ['zone-b'], forNodes: [] } })]);
    const c = cluster({ services: [web], slices: [s], nodes: [node('node-1', '192.168.0.11', 'zone-a'), node('node-2', '192.168.0.12', 'zone-b')] });
    expect(buildProxyView(c, 'node-2').servicePorts[0]?.categorized.clusterEndpoints.map((e) => e.ip)).toEqual(['10.244.2.5']);
  });

  it('never leaves a node with no cluster endpoint while some endpoint is ready', () => {
    const arbEndpoint = fc.record({
      ready: fc.boolean(),
      zone: fc.constantFrom('z1', 'z2', ''),
      node: fc.constantFrom('n1', 'n2', 'n3'),
    });
    fc.assert(
      fc.property(fc.array(arbEndpoint, { maxLength: 8 }), fc.constantFrom('z1', 'z2', 'z3'), fc.constantFrom('n1', 'n4'), (specs, zone, nodeName) => {
        const eps = specs.map((s, i) =>
          ep(`10.0.0.${i}`, { ready: s.ready, serving: s.ready, zoneHints: s.zone ? [s.zone] : [], nodeHints: [s.node] }),
        );
        const r = categorizeEndpoints(eps, cluster_, at(nodeName, zone));
        expect(r.clusterEndpoints.length > 0).toBe(eps.some((e) => e.ready));
        for (const e of r.clusterEndpoints) expect(e.ready).toBe(true);
      }),
    );
  });
});
