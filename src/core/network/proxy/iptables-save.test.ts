import { describe, expect, it } from 'vitest';
import { renderSavedRule, renderWrittenRule, xtablesSaveString } from './iptables-save';
import type { RuleSpec } from './iptables-types';

describe('iptables text', () => {
  it('quotes like xtables_save_string: bare only for [A-Za-z0-9_-]', () => {
    expect(xtablesSaveString('kube-dns_1')).toBe('kube-dns_1');
    expect(xtablesSaveString('default/nginx')).toBe('"default/nginx"');
    expect(xtablesSaveString('say "hi"')).toBe('"say \\"hi\\""');
  });

  // Rules as kube-proxy writes them (kube-proxy's own tests use these texts) and as iptables-save shows them.
  const cases: [string, RuleSpec, string, string][] = [
    [
      'KUBE-FIREWALL',
      {
        destination: { cidr: '127.0.0.0/8', negated: false },
        source: { cidr: '127.0.0.0/8', negated: true },
        matches: [{ type: 'comment', text: 'block incoming localnet connections' }, { type: 'conntrack', states: ['RELATED', 'ESTABLISHED', 'DNAT'], negated: true }],
        target: { type: 'DROP' },
      },
      '-A KUBE-FIREWALL -m comment --comment "block incoming localnet connections" -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
      '-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
    ],
    [
      'KUBE-SERVICES',
      {
        destination: { cidr: '127.0.0.0/8', negated: true },
        matches: [{ type: 'comment', text: 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' }, { type: 'addrtype', dstType: 'LOCAL' }],
        target: { type: 'jump', chain: 'KUBE-NODEPORTS' },
      },
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS',
      '-A KUBE-SERVICES ! -d 127.0.0.0/8 -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    ],
    [
      'KUBE-SVC-X',
      {
        destination: { cidr: '172.30.0.41', negated: false },
        source: { cidr: '10.0.0.0/8', negated: true },
        protocol: 'tcp',
        matches: [{ type: 'comment', text: 'ns1/svc1:p80 cluster IP' }, { type: 'l4', proto: 'tcp', dport: 80 }],
        target: { type: 'jump', chain: 'KUBE-MARK-MASQ' },
      },
      '-A KUBE-SVC-X -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp -p tcp -d 172.30.0.41 --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ',
      '-A KUBE-SVC-X ! -s 10.0.0.0/8 -d 172.30.0.41/32 -p tcp -m comment --comment "ns1/svc1:p80 cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
    ],
    [
      'KUBE-SEP-X',
      {
        protocol: 'udp',
        matches: [{ type: 'comment', text: 'ns1/svc1:p80' }, { type: 'recent', name: 'KUBE-SEP-X', action: 'set' }, { type: 'l4', proto: 'udp' }],
        target: { type: 'DNAT', ip: '10.180.0.1', port: 80 },
      },
      '-A KUBE-SEP-X -m comment --comment ns1/svc1:p80 -m recent --name KUBE-SEP-X --set -m udp -p udp -j DNAT --to-destination 10.180.0.1:80',
      '-A KUBE-SEP-X -p udp -m comment --comment "ns1/svc1:p80" -m recent --set --name KUBE-SEP-X --mask 255.255.255.255 --rsource -m udp -j DNAT --to-destination 10.180.0.1:80',
    ],
  ];

  it.each(cases)('%s: written and saved forms', (chain, rule, written, saved) => {
    expect(renderWrittenRule(chain, rule)).toBe(written);
    expect(renderSavedRule(chain, rule)).toBe(saved);
  });
});
