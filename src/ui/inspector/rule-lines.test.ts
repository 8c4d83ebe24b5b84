import { describe, expect, it } from 'vitest';
import type { RuleTableView } from '../../core';
import { hopLines, segmentRuleLines, serviceToMark } from './rule-lines';

const view: RuleTableView = {
  node: 'node1',
  mode: 'iptables',
  command: 'iptables-save',
  text: '*nat\n:KUBE-SVC-A - [0:0]\n:KUBE-SVC-B - [0:0]\n-A KUBE-SVC-A -j KUBE-SEP-1\n-A KUBE-SVC-B -j KUBE-SEP-2\nCOMMIT\n',
  tags: [
    { line: 1, service: 'default/a' },
    { line: 2, service: 'kube-system/kube-dns' },
    { line: 3, ruleId: 'nat/KUBE-SVC-A/0', service: 'default/a' },
    { line: 4, ruleId: 'nat/KUBE-SVC-B/0', service: 'kube-system/kube-dns' },
  ],
  services: ['kube-system/kube-dns', 'default/a'],
};

describe('segmentRuleLines', () => {
  it('marks the lines of the chosen Service and joins the plain lines between them', () => {
    expect(segmentRuleLines(view, 'default/a', undefined).map((s) => [s.kind, s.line, s.text])).toEqual([
      ['plain', 0, '*nat'],
      ['service', 1, ':KUBE-SVC-A - [0:0]'],
      ['plain', 2, ':KUBE-SVC-B - [0:0]'],
      ['service', 3, '-A KUBE-SVC-A -j KUBE-SEP-1'],
      ['plain', 4, '-A KUBE-SVC-B -j KUBE-SEP-2\nCOMMIT'],
    ]);
  });

  it('draws the rule of a selected hop on its own, over the Service marking', () => {
    const segments = segmentRuleLines(view, 'default/a', { id: 'nat/KUBE-SVC-A/0', node: 'node1', text: '-A KUBE-SVC-A -j KUBE-SEP-1' });
    expect(segments.filter((s) => s.kind === 'hop')).toEqual([{ kind: 'hop', line: 3, text: '-A KUBE-SVC-A -j KUBE-SEP-1' }]);
  });
});

describe('hopLines', () => {
  it('finds a rule by id, by its text when it has no id, and not at all on another node', () => {
    expect([...hopLines(view, { id: 'nat/KUBE-SVC-B/0', text: 'x' })]).toEqual([4]);
    expect([...hopLines(view, { text: '-A KUBE-SVC-B -j KUBE-SEP-2' })]).toEqual([4]);
    expect([...hopLines(view, { id: 'nat/KUBE-SVC-B/0', node: 'node2', text: 'x' })]).toEqual([]);
    expect([...hopLines(view, { text: 'no such rule' })]).toEqual([]);
  });
});

describe('serviceToMark', () => {
  it('keeps the chosen Service when the listing has it, else picks the first Service the user wrote', () => {
    expect(serviceToMark(view, 'kube-system/kube-dns')).toBe('kube-system/kube-dns');
    expect(serviceToMark(view, 'default/gone')).toBe('default/a');
    expect(serviceToMark(view, null)).toBe('default/a');
    expect(serviceToMark({ ...view, services: [] }, null)).toBeNull();
  });
});
