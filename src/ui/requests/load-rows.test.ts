import { describe, expect, it } from 'vitest';
import { tallyRun } from '../../store';
import { outcomeRows, podLoadRows } from './load-rows';
import { MYAPP, firstPod, scenario } from './test-traces';

describe('load rows', () => {
  it('lists the four outcomes a trainer explains even at zero, and others only when they happened', () => {
    const rows = outcomeRows({ total: 2, outcomes: { delivered: 1, nxdomain: 1 }, perPod: {} });
    expect(rows.map((r) => `${r.label} ${r.count}`)).toEqual(['Delivered 1', 'Refused 0', 'Dropped 0', 'Timed out 0', 'NXDOMAIN 1']);
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
