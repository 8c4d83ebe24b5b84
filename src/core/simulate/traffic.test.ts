import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { applyClusterEvent } from './events';
import { CLIENT, EDGE, fromPod, nodeIP, podOf, podOn, podsOf, WEB, yaml } from './test-fixtures';
import { simulateTraffic, type TimedTrace } from './traffic';

const cluster = buildCluster(yaml(WEB, CLIENT));
const client = fromPod(podOf(cluster, 'client'));

const after = (traces: readonly TimedTrace[], atMs: number) => traces.filter((t) => t.startMs >= atMs);
const before = (traces: readonly TimedTrace[], atMs: number) => traces.filter((t) => t.startMs < atMs);

describe('simulateTraffic', () => {
  it('spreads 30,000 ClusterIP requests within 3% of a third on each of 3 endpoints (iptables statistic)', () => {
    const result = simulateTraffic(cluster, { sources: [client], target: 'web', ratePerSecond: 1000, durationSeconds: 30, seed: 2024 });
    expect(result.traces).toHaveLength(30_000);
    expect(result.outcomes).toEqual({ delivered: 30_000 });
    const counts = Object.values(result.perPod);
    expect(counts).toHaveLength(3);
    for (const n of counts) expect(Math.abs(n - 10_000)).toBeLessThanOrEqual(300);
  }, 15_000);

  it('replays identically for the same cluster, spec and seed', () => {
    const spec = { sources: [client, { type: 'node', name: 'node1' } as const], target: 'web', ratePerSecond: 50, durationSeconds: 2, seed: 7 };
    expect(simulateTraffic(cluster, spec)).toEqual(simulateTraffic(cluster, spec));
    expect(simulateTraffic(cluster, { ...spec, seed: 8 }).traces).not.toEqual(simulateTraffic(cluster, spec).traces);
  });

  it('refuses the requests after the Deployment is scaled to 0 mid-run', () => {
    const result = simulateTraffic(cluster, {
      sources: [client],
      target: 'web',
      ratePerSecond: 100,
      durationSeconds: 2,
      events: [{ atMs: 1000, event: { type: 'scale', namespace: 'default', name: 'web', replicas: 0 } }],
    });
    expect(before(result.traces, 1000).every((t) => t.trace.outcome.type === 'delivered')).toBe(true);
    const later = after(result.traces, 1000);
    expect(later).toHaveLength(100);
    expect(later.every((t) => t.trace.outcome.type === 'refused')).toBe(true);
    expect(later[0]?.trace.hops.at(-1)?.rule?.text).toContain('default/web:http has no endpoints');
    expect(result.outcomes).toEqual({ delivered: 100, refused: 100 });
    expect(result.eventLog).toEqual([{ atMs: 1000, note: 'default/web scaled to 0' }]);
  });

  it('takes a pod that turns unready out of the spread', () => {
    const gone = podOn(cluster, 'web', 'node2').meta.name;
    const result = simulateTraffic(cluster, {
      sources: [client],
      target: 'web',
      ratePerSecond: 200,
      durationSeconds: 2,
      events: [{ atMs: 1000, event: { type: 'pod-ready', namespace: 'default', name: gone, ready: false } }],
    });
    const podsAfter = new Set(after(result.traces, 1000).map((t) => (t.trace.outcome.type === 'delivered' ? t.trace.outcome.podName : t.trace.outcome.type)));
    expect(podsAfter.has(gone)).toBe(false);
    expect(podsAfter.size).toBe(2);
    expect(before(result.traces, 1000).some((t) => t.trace.outcome.type === 'delivered' && t.trace.outcome.podName === gone)).toBe(true);
    expect(result.eventLog[0]?.note).toBe(`pod default/${gone} not Ready`);
  });

  it('replaces a deleted pod under a new name', () => {
    const victim = podOn(cluster, 'web', 'node1').meta.name;
    const result = simulateTraffic(cluster, {
      sources: [client],
      target: 'web',
      ratePerSecond: 200,
      durationSeconds: 2,
      events: [{ atMs: 500, event: { type: 'pod-delete', namespace: 'default', name: victim } }],
    });
    const podsAfter = new Set(after(result.traces, 500).flatMap((t) => (t.trace.outcome.type === 'delivered' ? [t.trace.outcome.podName] : [])));
    expect(podsAfter.has(victim)).toBe(false);
    expect(podsAfter.size).toBe(3);
  });

  it('follows a proxy-mode switch: the hops after it name nftables rules', () => {
    const result = simulateTraffic(cluster, {
      sources: [client],
      target: 'web',
      ratePerSecond: 10,
      durationSeconds: 2,
      events: [{ atMs: 1000, event: { type: 'proxy-mode', mode: 'nftables' } }],
    });
    const sources = (t: TimedTrace) => new Set(t.trace.hops.flatMap((h) => (h.rule && h.rule.source !== 'dns' ? [h.rule.source] : [])));
    for (const t of before(result.traces, 1000)) expect([...sources(t)]).toEqual(['iptables']);
    for (const t of after(result.traces, 1000)) expect([...sources(t)]).toEqual(['nftables']);
    expect(result.eventLog[0]?.note).toBe('kube-proxy now in nftables mode');
  });

  it('follows an externalTrafficPolicy change on a NodePort', () => {
    const edge = buildCluster(EDGE);
    const result = simulateTraffic(edge, {
      sources: [{ type: 'external' }],
      target: `${nodeIP(edge, 'node2')}:30081`,
      ratePerSecond: 10,
      durationSeconds: 2,
      events: [{ atMs: 1000, event: { type: 'service-update', namespace: 'default', name: 'edge-cluster', changes: { externalTrafficPolicy: 'Local' } } }],
    });
    expect(before(result.traces, 1000).every((t) => t.trace.outcome.type === 'delivered')).toBe(true);
    expect(after(result.traces, 1000).every((t) => t.trace.outcome.type === 'dropped')).toBe(true);
  });

  it('logs an event it cannot apply and goes on', () => {
    const result = simulateTraffic(cluster, {
      sources: [client],
      target: 'web',
      ratePerSecond: 10,
      durationSeconds: 1,
      events: [{ atMs: 0, event: { type: 'scale', namespace: 'default', name: 'nope', replicas: 2 } }],
    });
    expect(result.eventLog[0]?.note).toMatch(/^ignored: /);
    expect(result.outcomes.delivered).toBe(10);
  });

  it('cycles through its sources and bounds the request count', () => {
    const sources = podsOf(cluster, 'web').map(fromPod);
    const result = simulateTraffic(cluster, { sources, target: 'web', ratePerSecond: 6, durationSeconds: 1 });
    expect(result.traces.map((t) => t.trace.request.source)).toEqual([...sources, ...sources]);
    result.traces.forEach((t, i) => expect(t.startMs).toBeCloseTo((i * 1000) / 6, 9));
    expect(simulateTraffic(cluster, { sources, target: 'web', ratePerSecond: 0, durationSeconds: 10 }).traces).toEqual([]);
    expect(simulateTraffic(cluster, { sources: [], target: 'web', ratePerSecond: 5, durationSeconds: 1 }).traces).toEqual([]);
  });
});

describe('applyClusterEvent', () => {
  it('says why it cannot apply an event', () => {
    expect(applyClusterEvent(cluster, { type: 'pod-ready', namespace: 'default', name: 'ghost', ready: false })).toEqual({ ok: false, reason: 'no pod default/ghost' });
    expect(applyClusterEvent(cluster, { type: 'service-update', namespace: 'default', name: 'ghost', changes: {} })).toEqual({ ok: false, reason: 'no Service default/ghost' });
  });
});
