import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { tallyRun } from '../../store';
import { outcomeRows, podLoadRows } from './load-rows';
import { MYAPP, firstPod, scenario } from './test-traces';

const english = createI18n('en').getFixedT('en', 'requests');
const chinese = createI18n('zh').getFixedT('zh', 'requests');

describe('load rows', () => {
  it('lists the four outcomes a trainer explains even at zero, and others only when they happened', () => {
    const rows = outcomeRows({ total: 2, outcomes: { delivered: 1, nxdomain: 1 }, perPod: {} }, english);
    expect(rows.map((r) => `${r.label} ${r.count}`)).toEqual(['Delivered 1', 'Refused 0', 'Dropped 0', 'Timed out 0', 'NXDOMAIN 1']);
  });

  it('names the outcomes in Chinese, with the same colours and marks', () => {
    const tally = { total: 2, outcomes: { delivered: 1, nxdomain: 1 }, perPod: {} };
    const rows = outcomeRows(tally, chinese);
    expect(rows.map((r) => `${r.label} ${r.count}`)).toEqual(['已送达 1', '被拒绝 0', '被丢弃 0', '超时 0', '域名不存在 1']);
    expect(rows.map((r) => r.glyph)).toEqual(outcomeRows(tally, english).map((r) => r.glyph));
  });

  it('shows every endpoint pod of the Service, so a pod that got nothing is an empty bar', () => {
    const s = scenario(MYAPP);
    const from = firstPod(s.graph, 'myapp-');
    const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
    const packets = [{ id: 1, startMs: 0, trace }];
    const rows = podLoadRows(tallyRun(packets), packets, s.graph);
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.count === 1)).toHaveLength(1);
    expect(rows.find((r) => r.count === 1)?.fraction).toBe(1);
    expect(rows.filter((r) => r.fraction === 0)).toHaveLength(2);
  });
});
