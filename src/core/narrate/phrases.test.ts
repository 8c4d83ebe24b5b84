import { describe, expect, it } from 'vitest';
import type { HopFact, HopFactType } from './facts';
import { hopEn } from './phrases-en';
import { hopZh } from './phrases-zh';

/** One fact of each type, with optional fields left out where a sentence must do without them. */
const FACTS: { readonly [K in HopFactType]: Extract<HopFact, { type: K }> } = {
  'dns-answer': { type: 'dns-answer', name: 'web', ip: '10.96.5.5', queries: 1, cluster: true },
  'dns-literal': { type: 'dns-literal', ip: '10.96.5.5' },
  'dns-cname': { type: 'dns-cname', name: 'ext', host: 'api.example.com' },
  'dns-failure': { type: 'dns-failure', name: 'nope', rcode: 'NXDOMAIN' },
  send: { type: 'send', who: { type: 'client' }, src: '203.0.113.10:40000', dst: '198.51.100.1:80' },
  'cloud-lb-forward': { type: 'cloud-lb-forward', lb: '198.51.100.1:80', client: '203.0.113.10', nodes: ['node1', 'node2'] },
  'cloud-lb-no-listener': { type: 'cloud-lb-no-listener', lb: '198.51.100.1:81', listeners: '80/TCP' },
  'cloud-lb-firewall': { type: 'cloud-lb-firewall', client: '203.0.113.10', ranges: '198.18.0.0/15' },
  'cloud-lb-unhealthy': { type: 'cloud-lb-unhealthy', lb: '198.51.100.1:80', check: 'health check :31000/healthz' },
  'cloud-lb-other': { type: 'cloud-lb-other', lb: '198.51.100.1:80', text: 'no ready node' },
  route: { type: 'route', node: 'node2', dst: '10.244.2.5:8080', reply: false },
  'service-match': { type: 'service-match', chain: 'KUBE-SERVICES', dst: '10.96.5.5:80', target: 'KUBE-SVC-AAAA' },
  'to-nodeports': { type: 'to-nodeports', chain: 'KUBE-SERVICES', dst: '192.168.49.3:30080', target: 'KUBE-NODEPORTS' },
  'nodeport-match': { type: 'nodeport-match', chain: 'KUBE-NODEPORTS', port: '30080', target: 'KUBE-EXT-AAAA' },
  'mark-for-masquerade': { type: 'mark-for-masquerade', chain: 'KUBE-EXT-AAAA' },
  'mark-set': { type: 'mark-set', chain: 'KUBE-MARK-DROP', mark: '0x8000' },
  'mark-clear': { type: 'mark-clear', chain: 'KUBE-POSTROUTING', mark: '0x4000' },
  'random-pick': { type: 'random-pick', chain: 'KUBE-SVC-AAAA', probability: '0.3333', target: 'KUBE-SEP-BBBB' },
  affinity: { type: 'affinity', chain: 'KUBE-SVC-AAAA', client: '10.244.3.4', target: 'KUBE-SEP-BBBB' },
  'endpoint-jump': { type: 'endpoint-jump', chain: 'KUBE-SVC-AAAA', target: 'KUBE-SEP-BBBB' },
  'local-jump': { type: 'local-jump', chain: 'KUBE-EXT-AAAA', target: 'KUBE-SVL-AAAA' },
  jump: { type: 'jump', chain: 'KUBE-EXT-AAAA', target: 'KUBE-SVC-AAAA' },
  dnat: { type: 'dnat', chain: 'KUBE-SEP-BBBB', to: '10.244.2.5:8080' },
  'no-masquerade': { type: 'no-masquerade', chain: 'KUBE-POSTROUTING', src: '10.244.3.4' },
  return: { type: 'return', chain: 'KUBE-FIREWALL' },
  accept: { type: 'accept', chain: 'KUBE-FORWARD' },
  reject: { type: 'reject', chain: 'KUBE-SERVICES', dst: '10.96.5.5:80' },
  drop: { type: 'drop', chain: 'KUBE-EXTERNAL-SERVICES', dst: '192.168.49.3:30080' },
  'verdict-map': { type: 'verdict-map', chain: 'service-endpoints-check', map: 'no-endpoint-services', dst: '10.96.5.5:80' },
  'nft-lookup': { type: 'nft-lookup', chain: 'services', map: 'service-ips', dst: '10.96.5.5:80' },
  'nft-random': { type: 'nft-random', chain: 'service-AAAA-default/web/tcp/http', count: 1 },
  'nft-affinity': { type: 'nft-affinity', chain: 'service-AAAA-default/web/tcp/http', client: '10.244.3.4' },
  'ipvs-lookup': { type: 'ipvs-lookup', vip: '10.96.5.5:80', realServers: 1 },
  'ipvs-pick': { type: 'ipvs-pick', to: '10.244.2.5:8080' },
  'ipvs-no-real-server': { type: 'ipvs-no-real-server', vip: '10.96.5.5:80' },
  rule: { type: 'rule', source: 'iptables', from: '10.96.5.5:80', to: '10.96.5.5:80' },
  masquerade: { type: 'masquerade', node: 'node1', from: '10.244.1.4', to: '192.168.49.3', hairpin: true },
  'deliver-pod': { type: 'deliver-pod', pod: 'web-1', dst: '10.244.2.5:8080', src: '10.244.3.4:40000' },
  'deliver-host': { type: 'deliver-host', node: 'control-plane', dst: '192.168.49.2:6443', src: '10.244.3.4:40000' },
  'ingress-proxy': {
    type: 'ingress-proxy',
    route: { type: 'default-backend', ingress: 'default/shop', backend: 'web:80' },
    from: '10.244.2.4:50000',
    to: '10.244.1.5:8080',
  },
  'ingress-answer': { type: 'ingress-answer', route: { type: 'path', ingress: 'default/shop', host: '*', path: '/', pathType: 'Prefix', backend: 'empty:80' } },
  'reply-answer': { type: 'reply-answer', who: { type: 'node', name: 'control-plane' }, to: '10.244.3.4:40000' },
  'reply-conntrack': { type: 'reply-conntrack', node: 'node3', ipvs: true },
  'reply-receive': { type: 'reply-receive', who: { type: 'load-balancer', namespace: 'default', name: 'web' }, from: '10.244.2.5:8080' },
  'reply-passes': { type: 'reply-passes', who: { type: 'other', at: 'somewhere' }, src: '10.244.2.5:8080', dst: '10.244.3.4:40000' },
  dropped: { type: 'dropped', who: { type: 'dns' }, dst: '10.96.5.5:80' },
};

describe('every fact has a sentence in both languages', () => {
  it.each(Object.values(FACTS).map((fact) => [fact.type, fact] as const))('%s', (_type, fact) => {
    const en = hopEn(fact);
    const zh = hopZh(fact);
    for (const text of [en, zh]) expect(text).not.toMatch(/undefined|null|NaN|\[object|\$\{|\s{2,}|^\s|\s$/);
    expect(en).toMatch(/^[A-Za-z0-9"].*[.]$/);
    expect(zh).toMatch(/。$/);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps Kubernetes and netfilter names in Latin script inside Chinese sentences', () => {
    expect(hopZh(FACTS['service-match'])).toBe('kube-proxy 的 KUBE-SERVICES 链匹配到 10.96.5.5:80，跳转到 KUBE-SVC-AAAA 链。');
    expect(hopZh(FACTS.masquerade)).toBe('离开 node1 时做 masquerade：源地址 10.244.1.4 变为 192.168.49.3（SNAT），因为 Pod 访问的是它自己（hairpin）。');
    expect(hopZh(FACTS['ipvs-pick'])).toBe('IPVS 调度算法选中 real server 10.244.2.5:8080，把目的地址改写为它（DNAT）。');
  });
});
