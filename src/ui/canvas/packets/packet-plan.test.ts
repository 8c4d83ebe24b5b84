import { describe, expect, it } from 'vitest';
import { LOCAL_NODEPORT, MYAPP, firstPod, scenario } from '../../requests/test-traces';
import { PACING, currentStopIndex, easeInOut, planPacket, positionAt } from './packet-plan';

const lookup = { serviceAt: () => undefined };

function clusterIPTrace() {
  const s = scenario(MYAPP);
  const from = firstPod(s.graph, 'myapp-');
  return s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
}

describe('packet plan', () => {
  it('has one stop per hop, in time order, and ends after the last stop holds', () => {
    const trace = clusterIPTrace();
    const plan = planPacket(trace, lookup);
    expect(plan.stops.map((s) => s.hopIndex)).toEqual(trace.hops.map((_, i) => i));
    for (let i = 1; i < plan.stops.length; i++) expect(plan.stops[i]?.arriveMs).toBeGreaterThanOrEqual(plan.stops[i - 1]?.leaveMs ?? Infinity);
    expect(plan.endMs).toBe((plan.stops.at(-1)?.arriveMs ?? 0) + PACING.endHoldMs);
  });

  it('a hop that rewrote the header holds long enough to read; a move takes the travel time', () => {
    const trace = clusterIPTrace();
    const plan = planPacket(trace, lookup);
    const dnat = trace.hops.findIndex((h) => h.rule?.chain?.startsWith('KUBE-SEP-'));
    const stop = plan.stops[dnat];
    expect((stop?.leaveMs ?? 0) - (stop?.arriveMs ?? 0)).toBe(PACING.holdChangedMs);
    // Service → Endpoints is a move.
    expect((stop?.arriveMs ?? 0) - (plan.stops[dnat - 1]?.leaveMs ?? 0)).toBe(PACING.travelMs);
  });

  it('a delivered request settles when it reaches the pod, a dropped one where it was dropped', () => {
    const trace = clusterIPTrace();
    const plan = planPacket(trace, lookup);
    const deliver = trace.hops.findIndex((h) => h.kind === 'deliver');
    expect(plan.settledStop).toBe(deliver);
    expect(plan.settledMs).toBe(plan.stops[deliver]?.arriveMs);

    const s = scenario(LOCAL_NODEPORT);
    const dropped = s.trace({ type: 'external' }, '192.168.49.2:32143');
    const dropPlan = planPacket(dropped, lookup);
    expect(dropPlan.outcome).toBe('dropped');
    expect(dropPlan.settledStop).toBe(dropped.hops.length - 1);
  });

  it('a packet rests at a stop, then moves, then is gone', () => {
    const plan = planPacket(clusterIPTrace(), lookup);
    expect(positionAt(plan, -1)).toEqual({ type: 'hidden' });
    expect(positionAt(plan, 0)).toMatchObject({ type: 'at', stop: 0, ended: false });
    const moving = plan.stops.findIndex((s, i) => i > 0 && s.arriveMs > (plan.stops[i - 1]?.leaveMs ?? 0));
    const from = plan.stops[moving - 1];
    const to = plan.stops[moving];
    const middle = ((from?.leaveMs ?? 0) + (to?.arriveMs ?? 0)) / 2;
    expect(positionAt(plan, middle)).toEqual({ type: 'moving', from: moving - 1, to: moving, progress: 0.5 });
    expect(positionAt(plan, plan.endMs)).toMatchObject({ type: 'at', stop: plan.stops.length - 1, ended: true });
    expect(positionAt(plan, plan.endMs + 1)).toEqual({ type: 'hidden' });
  });

  it('the current stop is the last one reached', () => {
    const plan = planPacket(clusterIPTrace(), lookup);
    const third = plan.stops[2]?.arriveMs ?? 0;
    expect(currentStopIndex(plan, third)).toBe(2);
    expect(currentStopIndex(plan, third - 0.5)).toBe(1);
  });

  it('easing starts and ends at rest and is symmetric', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBe(0.5);
    expect(easeInOut(0.25) + easeInOut(0.75)).toBeCloseTo(1);
  });
});
