/**
 * Whole lines from real `iptables-save` / `iptables -t nat -S` dumps, rebuilt from the same cluster.
 * A v1.34 EKS node (no --cluster-cidr, so no `! -s` masquerade rules) and a v1.31 kind node.
 */
import { describe, expect, it } from 'vitest';
import { cluster, endpoint, node, port, service, slice } from './fixtures';
import { buildIptables } from './iptables-rules';
import { renderIptablesSave } from './iptables-save';

function natLines(text: string): string[] {
  const nat = text.slice(text.indexOf('*nat'));
  return nat.split('\n').filter((l) => l.startsWith('-A ') || l.startsWith(':'));
}

describe('an EKS v1.34 node', () => {
  const kubernetes = service('default', 'kubernetes', { clusterIP: '10.100.0.1', ports: [port({ name: 'https', port: 443 })] });
  const metricsApi = service('kube-system', 'eks-extension-metrics-api', {
    clusterIP: '10.100.199.240',
    ports: [port({ name: 'metrics-api', port: 443 })],
  });
  const dns = service('kube-system', 'kube-dns', {
    clusterIP: '10.100.0.10',
    ports: [port({ name: 'dns', port: 53, protocol: 'UDP' }), port({ name: 'dns-tcp', port: 53 }), port({ name: 'metrics', port: 9153 })],
  });
  const game = service('game-2048', 'service-2048', {
    type: 'NodePort',
    clusterIP: '10.100.159.184',
    ports: [port({ port: 80, nodePort: 31248 })],
  });
  const c = cluster({
    nodes: [node('ip-192-168-0-174', '192.168.0.174')],
    services: [kubernetes, metricsApi, dns, game],
    slices: [
      slice(kubernetes, [['https', 443]], [endpoint('192.168.9.109'), endpoint('192.168.2.135')]),
      slice(metricsApi, [['metrics-api', 10443]], [endpoint('172.0.32.0')]),
      slice(dns, [['dns', 53, 'UDP'], ['dns-tcp', 53], ['metrics', 9153]], [endpoint('192.168.2.12'), endpoint('192.168.11.99')]),
      slice(game, [['', 80]], [endpoint('192.168.4.161'), endpoint('192.168.2.92')]),
    ],
    settings: { kubeVersion: '1.34', clusterCIDR: '' },
  });
  const lines = natLines(renderIptablesSave(buildIptables(c, 'ip-192-168-0-174')));

  it('declares the same nat chains (AWS chains aside)', () => {
    expect(lines.filter((l) => l.startsWith(':')).map((l) => l.split(' ')[0]?.slice(1))).toEqual([
      'PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING',
      'KUBE-EXT-V7WHPSTR7G6YHTBY', 'KUBE-KUBELET-CANARY', 'KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING',
      'KUBE-PROXY-CANARY', 'KUBE-SEP-6RLR7GMXHKSBV5ON', 'KUBE-SEP-6VXGQ24C3CRAPW4U', 'KUBE-SEP-AUWR7JB63E235DP3',
      'KUBE-SEP-BA2VDASIQ3OMVE5M', 'KUBE-SEP-CSVG4NHGS2XS6TPF', 'KUBE-SEP-MODOG75MZ4OT3F2O', 'KUBE-SEP-OH65GRJIPEG4MHBH',
      'KUBE-SEP-P5OO4RRMV7356ZII', 'KUBE-SEP-WEOD54USIFEM72PZ', 'KUBE-SEP-XTO6GIYGMJXUIOZH', 'KUBE-SEP-XYDDOFWXZXQGZRSQ',
      'KUBE-SERVICES', 'KUBE-SVC-ERIFXISQEP7F7OF4', 'KUBE-SVC-I7SKRZYQ7PWYV5X7', 'KUBE-SVC-JD5MR3NA4I4DYORP',
      'KUBE-SVC-NPX46M4PTMTKRN6Y', 'KUBE-SVC-TCOU7JCQXEZGVUNU', 'KUBE-SVC-V7WHPSTR7G6YHTBY',
    ]);
  });

  it('prints every kube-proxy nat rule of the dump, character for character', () => {
    const fromDump = `-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
-A KUBE-EXT-V7WHPSTR7G6YHTBY -m comment --comment "masquerade traffic for game-2048/service-2048 external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-V7WHPSTR7G6YHTBY -j KUBE-SVC-V7WHPSTR7G6YHTBY
-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000
-A KUBE-NODEPORTS -d 127.0.0.0/8 -p tcp -m comment --comment "game-2048/service-2048" -m tcp --dport 31248 -m nfacct --nfacct-name  localhost_nps_accepted_pkts -j KUBE-EXT-V7WHPSTR7G6YHTBY
-A KUBE-NODEPORTS -p tcp -m comment --comment "game-2048/service-2048" -m tcp --dport 31248 -j KUBE-EXT-V7WHPSTR7G6YHTBY
-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0
-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
-A KUBE-SEP-6RLR7GMXHKSBV5ON -s 192.168.2.92/32 -m comment --comment "game-2048/service-2048" -j KUBE-MARK-MASQ
-A KUBE-SEP-6RLR7GMXHKSBV5ON -p tcp -m comment --comment "game-2048/service-2048" -m tcp -j DNAT --to-destination 192.168.2.92:80
-A KUBE-SEP-6VXGQ24C3CRAPW4U -s 192.168.2.12/32 -m comment --comment "kube-system/kube-dns:metrics" -j KUBE-MARK-MASQ
-A KUBE-SEP-6VXGQ24C3CRAPW4U -p tcp -m comment --comment "kube-system/kube-dns:metrics" -m tcp -j DNAT --to-destination 192.168.2.12:9153
-A KUBE-SEP-AUWR7JB63E235DP3 -s 192.168.2.135/32 -m comment --comment "default/kubernetes:https" -j KUBE-MARK-MASQ
-A KUBE-SEP-AUWR7JB63E235DP3 -p tcp -m comment --comment "default/kubernetes:https" -m tcp -j DNAT --to-destination 192.168.2.135:443
-A KUBE-SEP-BA2VDASIQ3OMVE5M -s 192.168.2.12/32 -m comment --comment "kube-system/kube-dns:dns" -j KUBE-MARK-MASQ
-A KUBE-SEP-BA2VDASIQ3OMVE5M -p udp -m comment --comment "kube-system/kube-dns:dns" -m udp -j DNAT --to-destination 192.168.2.12:53
-A KUBE-SEP-CSVG4NHGS2XS6TPF -s 192.168.11.99/32 -m comment --comment "kube-system/kube-dns:dns" -j KUBE-MARK-MASQ
-A KUBE-SEP-CSVG4NHGS2XS6TPF -p udp -m comment --comment "kube-system/kube-dns:dns" -m udp -j DNAT --to-destination 192.168.11.99:53
-A KUBE-SEP-MODOG75MZ4OT3F2O -s 192.168.11.99/32 -m comment --comment "kube-system/kube-dns:metrics" -j KUBE-MARK-MASQ
-A KUBE-SEP-MODOG75MZ4OT3F2O -p tcp -m comment --comment "kube-system/kube-dns:metrics" -m tcp -j DNAT --to-destination 192.168.11.99:9153
-A KUBE-SEP-OH65GRJIPEG4MHBH -s 192.168.11.99/32 -m comment --comment "kube-system/kube-dns:dns-tcp" -j KUBE-MARK-MASQ
-A KUBE-SEP-OH65GRJIPEG4MHBH -p tcp -m comment --comment "kube-system/kube-dns:dns-tcp" -m tcp -j DNAT --to-destination 192.168.11.99:53
-A KUBE-SEP-P5OO4RRMV7356ZII -s 192.168.4.161/32 -m comment --comment "game-2048/service-2048" -j KUBE-MARK-MASQ
-A KUBE-SEP-P5OO4RRMV7356ZII -p tcp -m comment --comment "game-2048/service-2048" -m tcp -j DNAT --to-destination 192.168.4.161:80
-A KUBE-SEP-WEOD54USIFEM72PZ -s 192.168.2.12/32 -m comment --comment "kube-system/kube-dns:dns-tcp" -j KUBE-MARK-MASQ
-A KUBE-SEP-WEOD54USIFEM72PZ -p tcp -m comment --comment "kube-system/kube-dns:dns-tcp" -m tcp -j DNAT --to-destination 192.168.2.12:53
-A KUBE-SEP-XTO6GIYGMJXUIOZH -s 192.168.9.109/32 -m comment --comment "default/kubernetes:https" -j KUBE-MARK-MASQ
-A KUBE-SEP-XTO6GIYGMJXUIOZH -p tcp -m comment --comment "default/kubernetes:https" -m tcp -j DNAT --to-destination 192.168.9.109:443
-A KUBE-SEP-XYDDOFWXZXQGZRSQ -s 172.0.32.0/32 -m comment --comment "kube-system/eks-extension-metrics-api:metrics-api" -j KUBE-MARK-MASQ
-A KUBE-SEP-XYDDOFWXZXQGZRSQ -p tcp -m comment --comment "kube-system/eks-extension-metrics-api:metrics-api" -m tcp -j DNAT --to-destination 172.0.32.0:10443
-A KUBE-SVC-ERIFXISQEP7F7OF4 -m comment --comment "kube-system/kube-dns:dns-tcp -> 192.168.11.99:53" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-OH65GRJIPEG4MHBH
-A KUBE-SVC-ERIFXISQEP7F7OF4 -m comment --comment "kube-system/kube-dns:dns-tcp -> 192.168.2.12:53" -j KUBE-SEP-WEOD54USIFEM72PZ
-A KUBE-SVC-I7SKRZYQ7PWYV5X7 -m comment --comment "kube-system/eks-extension-metrics-api:metrics-api -> 172.0.32.0:10443" -j KUBE-SEP-XYDDOFWXZXQGZRSQ
-A KUBE-SVC-JD5MR3NA4I4DYORP -m comment --comment "kube-system/kube-dns:metrics -> 192.168.11.99:9153" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-MODOG75MZ4OT3F2O
-A KUBE-SVC-JD5MR3NA4I4DYORP -m comment --comment "kube-system/kube-dns:metrics -> 192.168.2.12:9153" -j KUBE-SEP-6VXGQ24C3CRAPW4U
-A KUBE-SVC-NPX46M4PTMTKRN6Y -m comment --comment "default/kubernetes:https -> 192.168.2.135:443" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-AUWR7JB63E235DP3
-A KUBE-SVC-NPX46M4PTMTKRN6Y -m comment --comment "default/kubernetes:https -> 192.168.9.109:443" -j KUBE-SEP-XTO6GIYGMJXUIOZH
-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 192.168.11.99:53" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-CSVG4NHGS2XS6TPF
-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 192.168.2.12:53" -j KUBE-SEP-BA2VDASIQ3OMVE5M
-A KUBE-SVC-V7WHPSTR7G6YHTBY -m comment --comment "game-2048/service-2048 -> 192.168.2.92:80" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-6RLR7GMXHKSBV5ON
-A KUBE-SVC-V7WHPSTR7G6YHTBY -m comment --comment "game-2048/service-2048 -> 192.168.4.161:80" -j KUBE-SEP-P5OO4RRMV7356ZII`.split('\n');
    const ours = lines.filter((l) => l.startsWith('-A ') && !l.startsWith('-A KUBE-SERVICES'));
    expect(ours).toEqual(fromDump);
  });

  it('captures each clusterIP in KUBE-SERVICES (sorted by service; the dump is in Go map order) and ends with the NodePort tail call', () => {
    expect(lines.filter((l) => l.startsWith('-A KUBE-SERVICES'))).toEqual([
      '-A KUBE-SERVICES -d 10.100.0.1/32 -p tcp -m comment --comment "default/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-NPX46M4PTMTKRN6Y',
      '-A KUBE-SERVICES -d 10.100.159.184/32 -p tcp -m comment --comment "game-2048/service-2048 cluster IP" -m tcp --dport 80 -j KUBE-SVC-V7WHPSTR7G6YHTBY',
      '-A KUBE-SERVICES -d 10.100.199.240/32 -p tcp -m comment --comment "kube-system/eks-extension-metrics-api:metrics-api cluster IP" -m tcp --dport 443 -j KUBE-SVC-I7SKRZYQ7PWYV5X7',
      '-A KUBE-SERVICES -d 10.100.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU',
      '-A KUBE-SERVICES -d 10.100.0.10/32 -p tcp -m comment --comment "kube-system/kube-dns:dns-tcp cluster IP" -m tcp --dport 53 -j KUBE-SVC-ERIFXISQEP7F7OF4',
      '-A KUBE-SERVICES -d 10.100.0.10/32 -p tcp -m comment --comment "kube-system/kube-dns:metrics cluster IP" -m tcp --dport 9153 -j KUBE-SVC-JD5MR3NA4I4DYORP',
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    ]);
  });
});

describe('a kind v1.31 node (cluster CIDR 10.244.0.0/16)', () => {
  const nginx = service('default', 'nginx', {
    type: 'LoadBalancer',
    clusterIP: '10.109.124.25',
    ports: [port({ port: 80, nodePort: 30606 })],
    loadBalancerIngressIPs: ['172.18.255.201'],
  });
  const c = cluster({
    nodes: [node('prgs-worker', '172.18.0.3')],
    services: [nginx],
    slices: [slice(nginx, [['', 80]], [endpoint('10.244.2.6'), endpoint('10.244.1.6'), endpoint('10.244.1.5')])],
    settings: { kubeVersion: '1.31', clusterCIDR: '10.244.0.0/16' },
  });
  const rules = buildIptables(c, 'prgs-worker');
  const text = renderIptablesSave(rules);

  it.each([
    '-A KUBE-SERVICES -d 172.18.255.201/32 -p tcp -m comment --comment "default/nginx loadbalancer IP" -m tcp --dport 80 -j KUBE-EXT-2CMXP7HKUVJN7L6M',
    '-A KUBE-SERVICES -d 10.109.124.25/32 -p tcp -m comment --comment "default/nginx cluster IP" -m tcp --dport 80 -j KUBE-SVC-2CMXP7HKUVJN7L6M',
    '-A KUBE-EXT-2CMXP7HKUVJN7L6M -m comment --comment "masquerade traffic for default/nginx external destinations" -j KUBE-MARK-MASQ',
    '-A KUBE-EXT-2CMXP7HKUVJN7L6M -j KUBE-SVC-2CMXP7HKUVJN7L6M',
    '-A KUBE-NODEPORTS -d 127.0.0.0/8 -p tcp -m comment --comment "default/nginx" -m tcp --dport 30606 -m nfacct --nfacct-name  localhost_nps_accepted_pkts -j KUBE-EXT-2CMXP7HKUVJN7L6M',
    '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/nginx" -m tcp --dport 30606 -j KUBE-EXT-2CMXP7HKUVJN7L6M',
    '-A KUBE-SVC-2CMXP7HKUVJN7L6M ! -s 10.244.0.0/16 -d 10.109.124.25/32 -p tcp -m comment --comment "default/nginx cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
    '-A KUBE-SVC-2CMXP7HKUVJN7L6M -m comment --comment "default/nginx -> 10.244.1.5:80" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-IZW656N5ZXYN5BEC',
    '-A KUBE-SVC-2CMXP7HKUVJN7L6M -m comment --comment "default/nginx -> 10.244.1.6:80" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-C4VXQDW52UV45WW3',
    '-A KUBE-SVC-2CMXP7HKUVJN7L6M -m comment --comment "default/nginx -> 10.244.2.6:80" -j KUBE-SEP-UOZCNMEBPO5JGMU4',
  ])('has the dump line %s', (line) => {
    expect(text.split('\n')).toContain(line);
  });

  it('keeps the SVC chain in order: masquerade rule first, then endpoints by "ip:port"', () => {
    const svc = rules.tables[1]?.chains.find((ch) => ch.name === 'KUBE-SVC-2CMXP7HKUVJN7L6M');
    expect(svc?.rules.map((r) => r.target)).toEqual([
      { type: 'jump', chain: 'KUBE-MARK-MASQ' },
      { type: 'jump', chain: 'KUBE-SEP-IZW656N5ZXYN5BEC' },
      { type: 'jump', chain: 'KUBE-SEP-C4VXQDW52UV45WW3' },
      { type: 'jump', chain: 'KUBE-SEP-UOZCNMEBPO5JGMU4' },
    ]);
  });
});
