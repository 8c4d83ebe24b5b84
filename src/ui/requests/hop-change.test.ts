import { describe, expect, it } from 'vitest';
import type { Hop } from '../../core';
import { createI18n } from '../../i18n/create-i18n';
import { describeHopChanges, formatChange, hopCaption, hopChanges, hopDetail, hopKindLabel, hopTitle, placeName } from './hop-change';

const english = createI18n('en').getFixedT('en', 'requests');
const chinese = createI18n('zh').getFixedT('zh', 'requests');

function hop(kind: Hop['kind'], before: [string, string], after: [string, string], reply = false): Hop {
  return {
    kind,
    at: 'node/node1',
    before: { src: before[0], dst: before[1] },
    after: { src: after[0], dst: after[1] },
    note: '',
    timeMs: 0,
    ...(reply ? { reply: true } : {}),
  };
}

describe('hop changes', () => {
  it('a rewritten destination on the way in is a DNAT, printed with ports', () => {
    const dnat = hop('nat', ['10.244.3.23:56503', '10.96.3.215:38080'], ['10.244.3.23:56503', '10.244.2.7:8080']);
    expect(describeHopChanges(dnat)).toEqual(['dst 10.96.3.215:38080 → 10.244.2.7:8080 (DNAT)']);
  });

  it('a masqueraded source keeps its port, so only the addresses are printed', () => {
    const snat = hop('masquerade', ['203.0.113.10:48978', '10.244.3.46:80'], ['192.168.49.3:48978', '10.244.3.46:80']);
    expect(describeHopChanges(snat)).toEqual(['src 203.0.113.10 → 192.168.49.3 (SNAT)']);
  });

  it('conntrack on the reply undoes both translations of a NodePort request', () => {
    const back = hop('reply', ['10.244.3.46:80', '192.168.49.3:48978'], ['192.168.49.3:32143', '203.0.113.10:48978'], true);
    expect(hopChanges(back).map((c) => c.reason)).toEqual(['un-DNAT', 'un-SNAT']);
    expect(describeHopChanges(back)).toEqual(['src 10.244.3.46:80 → 192.168.49.3:32143 (un-DNAT)', 'dst 192.168.49.3 → 203.0.113.10 (un-SNAT)']);
  });

  it('a DNS hop resolves the name to an address', () => {
    const dns = hop('dns', ['10.244.3.23', 'myapp'], ['10.244.3.23', '10.104.234.211']);
    expect(describeHopChanges(dns)).toEqual(['dst myapp → 10.104.234.211 (DNS)']);
  });

  it('an ingress controller opens a new connection: both fields change as a proxy', () => {
    const proxy = hop('ingress', ['203.0.113.10:52331', '10.244.3.4:80'], ['10.244.3.4:45279', '10.244.1.3:8080']);
    expect(hopChanges(proxy).map((c) => `${c.field}:${c.reason}`)).toEqual(['src:proxy', 'dst:proxy']);
  });

  it('a hop that only looked at the packet changes nothing', () => {
    const look = hop('filter', ['10.0.0.1:1', '10.0.0.2:2'], ['10.0.0.1:1', '10.0.0.2:2']);
    expect(describeHopChanges(look)).toEqual([]);
  });

  it('addresses without ports print whole', () => {
    expect(formatChange({ field: 'dst', from: 'myapp', to: '10.0.0.1', reason: 'DNS' })).toBe('dst myapp → 10.0.0.1 (DNS)');
  });

  it('the English translator words a change exactly as the default does', () => {
    const back = hop('reply', ['10.244.3.46:80', '192.168.49.3:48978'], ['192.168.49.3:32143', '203.0.113.10:48978'], true);
    expect(describeHopChanges(back, english)).toEqual(describeHopChanges(back));
  });

  it('in Chinese the field and the reason are translated, the addresses and NAT names stay', () => {
    const dnat = hop('nat', ['10.244.3.23:56503', '10.96.3.215:38080'], ['10.244.3.23:56503', '10.244.2.7:8080']);
    expect(describeHopChanges(dnat, chinese)).toEqual(['目标 10.96.3.215:38080 → 10.244.2.7:8080（DNAT）']);
    const back = hop('reply', ['10.244.3.46:80', '192.168.49.3:48978'], ['192.168.49.3:32143', '203.0.113.10:48978'], true);
    expect(describeHopChanges(back, chinese)).toEqual(['源 10.244.3.46:80 → 192.168.49.3:32143（还原 DNAT）', '目标 192.168.49.3 → 203.0.113.10（还原 SNAT）']);
    expect(formatChange({ field: 'dst', from: 'myapp', to: '10.0.0.1', reason: 'DNS' }, chinese)).toBe('目标 myapp → 10.0.0.1（DNS 解析）');
  });
});

describe('hop titles', () => {
  const rule = { source: 'iptables' as const, node: 'node3', table: 'nat', chain: 'KUBE-SVC-XJWX', id: 'nat/KUBE-SVC-XJWX/2', text: '-A KUBE-SVC-XJWX …' };
  const nat: Hop = {
    kind: 'nat',
    at: 'node/node3',
    node: 'node3',
    before: { src: 'a', dst: 'b' },
    after: { src: 'a', dst: 'b' },
    rule,
    note: 'KUBE-SVC-XJWX: random draw won with probability 0.5',
    timeMs: 0,
  };

  it('a kernel rule is titled by its chain and the node whose table holds it', () => {
    expect(hopTitle(nat)).toBe('KUBE-SVC-XJWX on node3');
  });

  it('other steps are titled by their place', () => {
    const { rule: _rule, ...withoutRule } = nat;
    expect(hopTitle({ ...withoutRule, kind: 'route', at: 'node/node2', node: 'node2' })).toBe('node2 · routed');
  });

  it('the detail drops the chain name the title already says', () => {
    expect(hopDetail(nat)).toBe('random draw won with probability 0.5');
  });

  it('the detail is the note the UI shows: a narration passes whole', () => {
    expect(hopDetail(nat, 'KUBE-SVC-XJWX 链随机选中了这个 endpoint。')).toBe('KUBE-SVC-XJWX 链随机选中了这个 endpoint。');
  });

  it('in Chinese the node comes first and the step is in Chinese; chain names stay', () => {
    expect(hopTitle(nat, chinese)).toBe('node3 上的 KUBE-SVC-XJWX');
    const { rule: _rule, ...withoutRule } = nat;
    expect(hopTitle({ ...withoutRule, kind: 'route', at: 'node/node2', node: 'node2' }, chinese)).toBe('node2 · 路由转发');
    expect(hopTitle({ ...withoutRule, kind: 'send', at: 'client' }, chinese)).toBe('客户端 · 发起连接');
    expect(hopTitle({ ...withoutRule, kind: 'send', at: 'client' }, english)).toBe('client · opens a connection');
  });

  it('the kind badge marks a reply hop, in either language', () => {
    const { rule: _rule, ...withoutRule } = nat;
    const reply: Hop = { ...withoutRule, kind: 'deliver', reply: true };
    expect(hopKindLabel(reply, english)).toBe('↩ deliver');
    expect(hopKindLabel(reply, chinese)).toBe('↩ 送达');
    expect(hopKindLabel(nat, chinese)).toBe('nat');
  });

  it('captions name IPVS services and conntrack, and places keep their names', () => {
    const ipvs: Hop = { ...nat, kind: 'ipvs', rule: { ...rule, chain: 'TCP 10.96.0.1:443' } };
    expect(hopCaption(ipvs, chinese)).toBe('IPVS TCP 10.96.0.1:443');
    const conntrack: Hop = { ...nat, kind: 'reply', rule: { ...rule, table: 'conntrack' } };
    expect(hopCaption(conntrack, english)).toBe('conntrack');
    expect(placeName('pod/default/myapp-1', chinese)).toBe('myapp-1');
    expect(placeName('dns', chinese)).toBe('DNS');
  });
});
