import { describe, expect, it } from 'vitest';
import { NOT_READY, cluster, endpoint, node, port, service, slice } from './fixtures';
import { buildIpvs, renderIpvsadm } from './ipvs';

const kubernetes = service('default', 'kubernetes', {
  clusterIP: '10.0.0.1',
  sessionAffinity: 'ClientIP',
  ports: [port({ name: 'https', port: 443 })],
});
const dns = service('kube-system', 'kube-dns', {
  clusterIP: '10.0.0.10',
  ports: [port({ name: 'dns', port: 53, protocol: 'UDP' }), port({ name: 'dns-tcp', port: 53 })],
});
const base = cluster({
  nodes: [node('node-1', '192.168.0.1')],
  services: [dns, kubernetes],
  slices: [
    slice(kubernetes, [['https', 6443]], [endpoint('192.168.0.1', 'node-1')]),
    slice(dns, [['dns', 53, 'UDP'], ['dns-tcp', 53]], [endpoint('172.17.0.2', 'node-1')]),
  ],
});

describe('IPVS mode', () => {
  it('prints `ipvsadm -Ln` exactly like the kube-proxy README example (§2.1)', () => {
    const counts = new Map([['TCP/10.0.0.1:443', new Map([['192.168.0.1:6443', { active: 1, inactive: 0 }]])]]);
    expect(renderIpvsadm(buildIpvs(base, 'node-1', {}, counts))).toBe(
      `IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  10.0.0.1:443 rr persistent 10800
  -> 192.168.0.1:6443             Masq    1      1          0
TCP  10.0.0.10:53 rr
  -> 172.17.0.2:53                Masq    1      0          0
UDP  10.0.0.10:53 rr
  -> 172.17.0.2:53                Masq    1      0          0
`,
    );
  });

  it('binds ClusterIPs, external IPs and LB IPs to kube-ipvs0 and adds one NodePort server per node IP, sorted like ipvsadm', () => {
    const web = service('shop', 'web', {
      type: 'LoadBalancer',
      clusterIP: '10.0.0.50',
      externalIPs: ['192.0.2.9'],
      loadBalancerIngressIPs: ['198.51.100.7'],
      ports: [port({ name: 'http', port: 80, nodePort: 30080 })],
    });
    const c = cluster({ nodes: [node('node-1', '192.168.0.1')], services: [web], slices: [slice(web, [['http', 8080]], [endpoint('10.244.1.5', 'node-1')])] });
    const state = buildIpvs(c, 'node-1');
    expect(state.virtualServers.map((vs) => [vs.kind, `${vs.address}:${vs.port}`])).toEqual([
      ['clusterIP', '10.0.0.50:80'],
      ['externalIP', '192.0.2.9:80'],
      ['nodePort', '192.168.0.1:30080'],
      ['loadBalancer', '198.51.100.7:80'],
    ]);
    expect(state.dummyInterfaceAddresses).toEqual(['10.0.0.50', '192.0.2.9', '198.51.100.7']);
    expect(state.virtualServers.every((vs) => vs.realServers.length === 1 && vs.realServers[0]?.weight === 1)).toBe(true);
  });

  it('keeps the virtual server of a Service without endpoints, with no real servers', () => {
    const empty = service('shop', 'empty', { clusterIP: '10.0.0.60', ports: [port({ port: 80 })] });
    const c = cluster({ services: [empty], slices: [slice(empty, [['', 80]], [{ ...endpoint('10.244.1.9'), conditions: NOT_READY }])] });
    expect(renderIpvsadm(buildIpvs(c, 'node-1')).trim().split('\n').at(-1)).toBe('TCP  10.0.0.60:80 rr');
  });

  it('externalTrafficPolicy Local: external servers list only local endpoints, the clusterIP lists all', () => {
    const web = service('shop', 'web', { type: 'NodePort', externalTrafficPolicy: 'Local', clusterIP: '10.0.0.50', ports: [port({ port: 80, nodePort: 30080 })] });
    const c = cluster({ services: [web], slices: [slice(web, [['', 8080]], [endpoint('10.244.1.5', 'node-1'), endpoint('10.244.2.5', 'node-2')])] });
    const servers = buildIpvs(c, 'node-1').virtualServers;
    expect(servers.map((vs) => vs.realServers.map((rs) => rs.ip))).toEqual([['10.244.1.5', '10.244.2.5'], ['10.244.1.5']]);
    expect(buildIpvs(c, 'node-1').ipsets.find((s) => s.name === 'KUBE-NODE-PORT-LOCAL-TCP')?.entries).toEqual(['30080']);
  });

  it('uses the configured scheduler and marks mh with its source-port flag', () => {
    expect(renderIpvsadm(buildIpvs(base, 'node-1', { ipvsScheduler: 'mh' })).split('\n')[5]).toBe('TCP  10.0.0.10:53 mh mh-port');
    expect(buildIpvs(base, 'node-1', { ipvsScheduler: '' }).virtualServers[0]?.scheduler).toBe('rr');
  });

  it('fills the ipsets its iptables rules match: cluster IPs, hairpin entries for local endpoints', () => {
    const sets = Object.fromEntries(buildIpvs(base, 'node-1').ipsets.map((s) => [s.name, s]));
    expect(sets['KUBE-CLUSTER-IP']?.entries).toEqual(['10.0.0.1,tcp:443', '10.0.0.10,tcp:53', '10.0.0.10,udp:53']);
    expect(sets['KUBE-LOOP-BACK']?.entries).toEqual(['172.17.0.2,tcp:53,172.17.0.2', '172.17.0.2,udp:53,172.17.0.2', '192.168.0.1,tcp:6443,192.168.0.1']);
    expect(sets['KUBE-LOOP-BACK']?.type).toBe('hash:ip,port,ip');
    expect(buildIpvs(base, 'node-1').iptablesChains.nat).toContain('KUBE-SERVICES');
  });
});
