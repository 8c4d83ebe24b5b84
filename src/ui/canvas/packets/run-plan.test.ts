import { describe, expect, it } from 'vitest';
import { MYAPP, firstPod, scenario } from '../../requests/test-traces';
import { EMPTY_RUN, cachedRunPlan, hopIndexAt, hopTimeMs, planRun, stepTimeMs } from './run-plan';

function run() {
  const s = scenario(MYAPP);
  const from = firstPod(s.graph, 'myapp-');
  const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
  return {
    graph: s.graph,
    packets: [
      { id: 1, startMs: 0, trace },
      { id: 2, startMs: 500, trace },
    ],
  };
}

describe('run plan', () => {
  it('the timeline lasts until the last packet is gone', () => {
    const { graph, packets } = run();
    const plan = planRun(packets, graph);
    expect(plan.endMs).toBe(500 + (plan.byId.get(2)?.plan.endMs ?? 0));
    expect(planRun([], graph)).toBe(EMPTY_RUN);
  });

  it('is computed once per run and graph', () => {
    const { graph, packets } = run();
    expect(cachedRunPlan(packets, graph)).toBe(cachedRunPlan(packets, graph));
    expect(cachedRunPlan([...packets], graph)).not.toBe(cachedRunPlan(packets, graph));
  });

  it('steps hop by hop, forwards and back, from wherever the clock is', () => {
    const { graph, packets } = run();
    const second = planRun(packets, graph).byId.get(2);
    if (!second) throw new Error('no packet');
    const hop3 = hopTimeMs(second, 3);
    expect(stepTimeMs(second, hop3, 1)).toBe(hopTimeMs(second, 4));
    expect(stepTimeMs(second, hop3, -1)).toBe(hopTimeMs(second, 2));
    expect(stepTimeMs(second, hop3 + 10, -1)).toBe(hop3);
    expect(stepTimeMs(second, 0, 1)).toBe(500);
  });

  it('knows which hop a packet is at, and that it has not started yet', () => {
    const { graph, packets } = run();
    const second = planRun(packets, graph).byId.get(2);
    if (!second) throw new Error('no packet');
    expect(hopIndexAt(second, 499)).toBeNull();
    expect(hopIndexAt(second, hopTimeMs(second, 5))).toBe(5);
  });
});
