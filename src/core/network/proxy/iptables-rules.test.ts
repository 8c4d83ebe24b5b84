import { describe, expect, it } from 'vitest';
import type { Service } from '../../model/types';
import { NOT_READY, cluster, endpoint, port, service, slice } from './fixtures';
import { findIptablesChain, findIptablesRule } from './index';
import { buildIptables } from './iptables-rules';
import type { IptablesRuleset } from './iptables-types';
import type { ProxyOptions } from './options';

function saved(rules: IptablesRuleset, table: 'filter' | 'nat', chainPrefix = ''): string[] {
  const t = rules.tables.find((x) => x.name === table);
  return (t?.chains ?? []).filter((c) => c.name.startsWith(chainPrefix)).flatMap((c) => c.rules.map((r) => r.saved));
}
const chainNames = (rules: IptablesRuleset, table: 'filter' | 'nat') => rules.tables.find((x) => x.name === table)?.chains.map((c) => c.name) ?? [];

// shop/web:http on 10.96.4.4:80 → pods 10.244.1.5 (node-1) and 10.244.2.5 (node-2) on 8080.
const WEB = 'KUBE-SVC-67NZLRHBNDSAWJRO';
const WEB_EXT = 'KUBE-EXT-67NZLRHBNDSAWJRO';
const WEB_SVL = 'KUBE-SVL-67NZLRHBNDSAWJRO';
const WEB_FW = 'KUBE-FW-67NZLRHBNDSAWJRO';
const SEP_LOCAL = 'KUBE-SEP-34ZZ2QFGO32YYXXO';
const SEP_REMOTE = 'KUBE-SEP-CXXRTNR2DI2TYC6R';

function web(extra: Partial<Service> = {}, ready = [true, true], options: Partial<ProxyOptions> = {}, nodeName = 'node-1') {
  const svc = service('shop', 'web', { clusterIP: '10.96.4.4', ports: [port({ name: 'http', port: 80, nodePort: extra.type ? 30080 : 0 })], ...extra });
  const eps = [endpoint('10.244.1.5', 'node-1'), endpoint('10.244.2.5', 'node-2')].map((e, i) => (ready[i] ? e : { ...e, conditions: NOT_READY }));
  return buildIptables(cluster({ services: [svc], slices: [slice(svc, [['http', 8080]], eps)] }), nodeName, options);
}

describe('static chains (§1.2)', () => {
  const rules = web();

  it('writes the masquerade machinery as iptables-save shows it', () => {
    expect(saved(rules, 'nat', 'KUBE-POSTROUTING')).toEqual([
      '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
      '-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0',
      '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    ]);
    expect(saved(rules, 'nat', 'KUBE-MARK-MASQ')).toEqual(['-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000']);
  });

  it('keeps what kube-proxy wrote beside it (--or-mark with Go\'s %#08x)', () => {
    const chain = findIptablesChain(rules, 'nat', 'KUBE-MARK-MASQ');
    expect(chain?.rules[0]?.written).toBe('-A KUBE-MARK-MASQ -j MARK --or-mark 0x00004000');
    expect(findIptablesChain(rules, 'nat', 'KUBE-POSTROUTING')?.rules[1]?.written).toBe('-A KUBE-POSTROUTING -j MARK --xor-mark 0x00004000');
  });

  it('guards localnet and forwards marked and established traffic', () => {
    expect(saved(rules, 'filter', 'KUBE-F')).toEqual([
      '-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
      '-A KUBE-FORWARD -m conntrack --ctstate INVALID -m nfacct --nfacct-name  ct_state_invalid_dropped_pkts -j DROP',
      '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark 0x4000/0x4000 -j ACCEPT',
      '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
    ]);
  });

  it('drops the INVALID rule with a liberal conntrack, the counter before v1.29, the localnet guard without localhost NodePorts', () => {
    const other = web({}, [true, true], { conntrackTCPLiberal: true, kubeVersion: '1.28', localhostNodePorts: false });
    expect(saved(other, 'filter', 'KUBE-F')).toHaveLength(2);
    expect(saved(other, 'nat', 'KUBE-SERVICES').at(-1)).toBe(
      '-A KUBE-SERVICES ! -d 127.0.0.0/8 -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    );
    const v128 = web({}, [true, true], { kubeVersion: '1.28' });
    expect(saved(v128, 'filter', 'KUBE-FORWARD')[0]).toBe('-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP');
  });

  it('jumps from the built-in chains in the order prepending leaves them', () => {
    expect(saved(rules, 'filter').filter((l) => /^-A (INPUT|FORWARD|OUTPUT) /.test(l))).toEqual([
      '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
      '-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS',
      '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
      '-A INPUT -j KUBE-FIREWALL',
      '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
      '-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
      '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
      '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
      '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A OUTPUT -j KUBE-FIREWALL',
    ]);
  });

  it('lists built-in chains first, then the rest by name', () => {
    expect(chainNames(rules, 'filter')).toEqual([
      'INPUT', 'FORWARD', 'OUTPUT', 'KUBE-EXTERNAL-SERVICES', 'KUBE-FIREWALL', 'KUBE-FORWARD', 'KUBE-KUBELET-CANARY',
      'KUBE-NODEPORTS', 'KUBE-PROXY-CANARY', 'KUBE-PROXY-FIREWALL', 'KUBE-SERVICES',
    ]);
  });

  it('ends nat KUBE-SERVICES with the tail call to KUBE-NODEPORTS', () => {
    expect(saved(rules, 'nat', 'KUBE-SERVICES').at(-1)).toBe(
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    );
  });
});

describe('a ClusterIP service (§1.3)', () => {
  it('masquerades off-cluster sources first, then spreads over the endpoints', () => {
    expect(saved(web(), 'nat', WEB)).toEqual([
      `-A ${WEB} ! -s 10.244.0.0/16 -d 10.96.4.4/32 -p tcp -m comment --comment "shop/web:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
      `-A ${WEB} -m comment --comment "shop/web:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j ${SEP_LOCAL}`,
      `-A ${WEB} -m comment --comment "shop/web:http -> 10.244.2.5:8080" -j ${SEP_REMOTE}`,
    ]);
  });

  it('masquerades everything with --masquerade-all, nothing without a cluster CIDR', () => {
    expect(saved(web({}, [true, true], { masqueradeAll: true }), 'nat', WEB)[0]).toBe(
      `-A ${WEB} -d 10.96.4.4/32 -p tcp -m comment --comment "shop/web:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
    );
    expect(saved(web({}, [true, true], { clusterCIDR: '' }), 'nat', WEB)[0]).toContain('-m statistic');
  });

  it('writes a hairpin SNAT and the DNAT in every endpoint chain', () => {
    expect(saved(web(), 'nat', SEP_LOCAL)).toEqual([
      `-A ${SEP_LOCAL} -s 10.244.1.5/32 -m comment --comment "shop/web:http" -j KUBE-MARK-MASQ`,
      `-A ${SEP_LOCAL} -p tcp -m comment --comment "shop/web:http" -m tcp -j DNAT --to-destination 10.244.1.5:8080`,
    ]);
  });

  it('without endpoints: REJECT in filter KUBE-SERVICES and no nat chain at all', () => {
    const rules = web({}, [false, false]);
    expect(saved(rules, 'filter', 'KUBE-SERVICES')).toEqual([
      '-A KUBE-SERVICES -d 10.96.4.4/32 -p tcp -m comment --comment "shop/web:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    ]);
    expect(chainNames(rules, 'nat').filter((c) => /KUBE-(SVC|SEP|EXT|SVL|FW)-/.test(c))).toEqual([]);
    expect(saved(rules, 'nat', 'KUBE-SERVICES')).toHaveLength(1);
  });

  it('internalTrafficPolicy Local: only local endpoints (KUBE-SVL), DROP on a node without one', () => {
    const onNode1 = web({ internalTrafficPolicy: 'Local' });
    expect(saved(onNode1, 'nat', 'KUBE-SERVICES')[0]).toContain(`-j ${WEB_SVL}`);
    expect(saved(onNode1, 'nat', WEB_SVL)).toEqual([
      `-A ${WEB_SVL} ! -s 10.244.0.0/16 -d 10.96.4.4/32 -p tcp -m comment --comment "shop/web:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
      `-A ${WEB_SVL} -m comment --comment "shop/web:http -> 10.244.1.5:8080" -j ${SEP_LOCAL}`,
    ]);
    expect(chainNames(onNode1, 'nat')).not.toContain(WEB);
    // node-2's only pod is not ready, node-1's is: node-2 drops, it does not reject.
    const onNode2 = web({ internalTrafficPolicy: 'Local' }, [true, false], {}, 'node-2');
    expect(saved(onNode2, 'filter', 'KUBE-SERVICES')).toEqual([
      '-A KUBE-SERVICES -d 10.96.4.4/32 -p tcp -m comment --comment "shop/web:http has no local endpoints" -m tcp --dport 80 -j DROP',
    ]);
  });

  it('ClientIP affinity: recent checks before the random rules, a recent set before DNAT', () => {
    const rules = web({ sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 600 });
    expect(saved(rules, 'nat', WEB).slice(1)).toEqual([
      `-A ${WEB} -m comment --comment "shop/web:http -> 10.244.1.5:8080" -m recent --rcheck --seconds 600 --reap --name ${SEP_LOCAL} --mask 255.255.255.255 --rsource -j ${SEP_LOCAL}`,
      `-A ${WEB} -m comment --comment "shop/web:http -> 10.244.2.5:8080" -m recent --rcheck --seconds 600 --reap --name ${SEP_REMOTE} --mask 255.255.255.255 --rsource -j ${SEP_REMOTE}`,
      `-A ${WEB} -m comment --comment "shop/web:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j ${SEP_LOCAL}`,
      `-A ${WEB} -m comment --comment "shop/web:http -> 10.244.2.5:8080" -j ${SEP_REMOTE}`,
    ]);
    expect(saved(rules, 'nat', SEP_LOCAL)[1]).toBe(
      `-A ${SEP_LOCAL} -p tcp -m comment --comment "shop/web:http" -m recent --set --name ${SEP_LOCAL} --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.5:8080`,
    );
    const written = findIptablesChain(rules, 'nat', WEB)?.rules[1]?.written;
    expect(written).toBe(`-A ${WEB} -m comment --comment "shop/web:http -> 10.244.1.5:8080" -m recent --name ${SEP_LOCAL} --rcheck --seconds 600 --reap -j ${SEP_LOCAL}`);
  });
});

describe('NodePort and LoadBalancer services (§1.3, §1.6)', () => {
  const lb = { type: 'LoadBalancer', loadBalancerIngressIPs: ['198.51.100.7'], externalIPs: ['192.0.2.9'] } as const;

  it('externalTrafficPolicy Cluster: every external destination goes through KUBE-EXT, which masquerades', () => {
    const rules = web(lb);
    expect(saved(rules, 'nat', 'KUBE-SERVICES').slice(0, 3)).toEqual([
      `-A KUBE-SERVICES -d 10.96.4.4/32 -p tcp -m comment --comment "shop/web:http cluster IP" -m tcp --dport 80 -j ${WEB}`,
      `-A KUBE-SERVICES -d 192.0.2.9/32 -p tcp -m comment --comment "shop/web:http external IP" -m tcp --dport 80 -j ${WEB_EXT}`,
      `-A KUBE-SERVICES -d 198.51.100.7/32 -p tcp -m comment --comment "shop/web:http loadbalancer IP" -m tcp --dport 80 -j ${WEB_EXT}`,
    ]);
    expect(saved(rules, 'nat', WEB_EXT)).toEqual([
      `-A ${WEB_EXT} -m comment --comment "masquerade traffic for shop/web:http external destinations" -j KUBE-MARK-MASQ`,
      `-A ${WEB_EXT} -j ${WEB}`,
    ]);
    expect(saved(rules, 'nat', 'KUBE-NODEPORTS')).toEqual([
      `-A KUBE-NODEPORTS -d 127.0.0.0/8 -p tcp -m comment --comment "shop/web:http" -m tcp --dport 30080 -m nfacct --nfacct-name  localhost_nps_accepted_pkts -j ${WEB_EXT}`,
      `-A KUBE-NODEPORTS -p tcp -m comment --comment "shop/web:http" -m tcp --dport 30080 -j ${WEB_EXT}`,
    ]);
  });

  it('externalTrafficPolicy Local: pods and the node short-circuit to all endpoints, outsiders reach local ones unSNATed', () => {
    const rules = web({ ...lb, externalTrafficPolicy: 'Local', healthCheckNodePort: 32100 });
    expect(saved(rules, 'nat', WEB_EXT)).toEqual([
      `-A ${WEB_EXT} -s 10.244.0.0/16 -m comment --comment "pod traffic for shop/web:http external destinations" -j ${WEB}`,
      `-A ${WEB_EXT} -m comment --comment "masquerade LOCAL traffic for shop/web:http external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
      `-A ${WEB_EXT} -m comment --comment "route LOCAL traffic for shop/web:http external destinations" -m addrtype --src-type LOCAL -j ${WEB}`,
      `-A ${WEB_EXT} -j ${WEB_SVL}`,
    ]);
    expect(saved(rules, 'nat', WEB_SVL)).toEqual([`-A ${WEB_SVL} -m comment --comment "shop/web:http -> 10.244.1.5:8080" -j ${SEP_LOCAL}`]);
    expect(saved(rules, 'filter', 'KUBE-NODEPORTS')).toEqual([
      '-A KUBE-NODEPORTS -p tcp -m comment --comment "shop/web:http health check node port" -m tcp --dport 32100 -j ACCEPT',
    ]);
  });

  it('externalTrafficPolicy Local on a node without local endpoints: DROP external, keep the short-circuits', () => {
    const rules = web({ ...lb, externalTrafficPolicy: 'Local', healthCheckNodePort: 32100 }, [false, true]);
    expect(saved(rules, 'filter', 'KUBE-EXTERNAL-SERVICES')).toEqual([
      '-A KUBE-EXTERNAL-SERVICES -d 192.0.2.9/32 -p tcp -m comment --comment "shop/web:http has no local endpoints" -m tcp --dport 80 -j DROP',
      '-A KUBE-EXTERNAL-SERVICES -d 198.51.100.7/32 -p tcp -m comment --comment "shop/web:http has no local endpoints" -m tcp --dport 80 -j DROP',
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "shop/web:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP',
    ]);
    expect(saved(rules, 'nat', WEB_EXT)).toHaveLength(3);
    expect(chainNames(rules, 'nat')).not.toContain(WEB_SVL);
    expect(saved(rules, 'filter', 'KUBE-NODEPORTS')).toHaveLength(1);
  });

  it('without endpoints: REJECT every external destination in KUBE-EXTERNAL-SERVICES', () => {
    const rules = web(lb, [false, false]);
    expect(saved(rules, 'filter', 'KUBE-EXTERNAL-SERVICES').map((l) => l.replace(/ -m comment.*-j /, ' … -j '))).toEqual([
      '-A KUBE-EXTERNAL-SERVICES -d 192.0.2.9/32 -p tcp … -j REJECT --reject-with icmp-port-unreachable',
      '-A KUBE-EXTERNAL-SERVICES -d 198.51.100.7/32 -p tcp … -j REJECT --reject-with icmp-port-unreachable',
      '-A KUBE-EXTERNAL-SERVICES -p tcp … -j REJECT --reject-with icmp-port-unreachable',
    ]);
    expect(saved(rules, 'nat', 'KUBE-NODEPORTS')).toEqual([]);
  });

  it('loadBalancerSourceRanges: LB IPs go to KUBE-FW, which lets the ranges through and the filter drops the rest', () => {
    const rules = web({ ...lb, loadBalancerSourceRanges: ['203.0.113.0/24'] });
    expect(saved(rules, 'nat', 'KUBE-SERVICES')[2]).toContain(`-j ${WEB_FW}`);
    expect(saved(rules, 'nat', 'KUBE-SERVICES')[1]).toContain(`-j ${WEB_EXT}`);
    expect(saved(rules, 'nat', WEB_FW)).toEqual([
      `-A ${WEB_FW} -s 203.0.113.0/24 -m comment --comment "shop/web:http loadbalancer IP" -j ${WEB_EXT}`,
      `-A ${WEB_FW} -m comment --comment "other traffic to shop/web:http will be dropped by KUBE-PROXY-FIREWALL"`,
    ]);
    expect(findIptablesChain(rules, 'nat', WEB_FW)?.rules[1]?.target).toBeUndefined();
    expect(saved(rules, 'filter', 'KUBE-PROXY-FIREWALL')).toEqual([
      `-A KUBE-PROXY-FIREWALL -d 198.51.100.7/32 -p tcp -m comment --comment "shop/web:http traffic not accepted by ${WEB_FW}" -m tcp --dport 80 -j DROP`,
    ]);
    // NodePorts are not subject to the ranges.
    expect(saved(rules, 'nat', 'KUBE-NODEPORTS').at(-1)).toContain(`-j ${WEB_EXT}`);
  });

  it('lets the node reach its own LB VIP when a source range contains the node IP', () => {
    const rules = web({ ...lb, loadBalancerSourceRanges: ['192.168.0.0/16'] });
    expect(saved(rules, 'nat', WEB_FW)[1]).toBe(`-A ${WEB_FW} -s 198.51.100.7/32 -m comment --comment "shop/web:http loadbalancer IP" -j ${WEB_EXT}`);
  });
});

describe('large clusters', () => {
  it('over 1000 endpoints, drops comments from SVC and SEP rules but not from KUBE-SERVICES', () => {
    const svc = service('shop', 'big', { clusterIP: '10.96.8.8', ports: [port({ port: 80 })] });
    const eps = Array.from({ length: 1001 }, (_, i) => endpoint(`10.${100 + Math.floor(i / 250)}.${i % 250}.1`));
    const rules = buildIptables(cluster({ services: [svc], slices: [slice(svc, [['', 80]], eps)] }), 'node-1');
    expect(rules.largeClusterMode).toBe(true);
    const svcChain = saved(rules, 'nat', 'KUBE-SVC-');
    expect(svcChain.slice(1).every((l) => !l.includes('--comment'))).toBe(true);
    expect(saved(rules, 'nat', 'KUBE-SEP-').every((l) => !l.includes('--comment'))).toBe(true);
    expect(saved(rules, 'nat', 'KUBE-SERVICES')[0]).toContain('"shop/big cluster IP"');
  });

  it('at exactly 1000 endpoints keeps the comments', () => {
    const svc = service('shop', 'big', { clusterIP: '10.96.8.8', ports: [port({ port: 80 })] });
    const eps = Array.from({ length: 1000 }, (_, i) => endpoint(`10.${100 + Math.floor(i / 250)}.${i % 250}.1`));
    expect(buildIptables(cluster({ services: [svc], slices: [slice(svc, [['', 80]], eps)] }), 'node-1').largeClusterMode).toBe(false);
  });
});

describe('rule ids', () => {
  it('are unique and find their rule', () => {
    const rules = web({ type: 'LoadBalancer', loadBalancerIngressIPs: ['198.51.100.7'] });
    const all = rules.tables.flatMap((t) => t.chains.flatMap((c) => c.rules));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) expect(findIptablesRule(rules, r.id)).toBe(r);
    expect(findIptablesRule(rules, 'nat/KUBE-MARK-MASQ/0')?.target).toEqual({ type: 'MARK', op: 'or', value: 0x4000 });
    expect(findIptablesRule(rules, 'nat/NOPE/0')).toBeUndefined();
  });
});
