import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import type { ProxyMode } from '../model/types';
import { createSimulationState, type SimulationState } from './state';
import { CLIENT, fromPod, podName, podOf, unknownRuleRefs, WEB, yaml } from './test-fixtures';
import { traceRequest } from './trace';
import type { Trace } from './types';

const STICKY = `
apiVersion: v1
kind: Service
metadata: {name: sticky}
spec:
  selector: {app: web}
  sessionAffinity: ClientIP
  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}
  ports: [{name: http, port: 80, targetPort: http}]`;

const text = yaml(WEB, CLIENT, STICKY);
const MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];

function callAt(cluster: ReturnType<typeof buildCluster>, state: SimulationState, atMs: number, source = fromPod(podOf(cluster, 'client'))): Trace {
  state.nowMs = atMs;
  return traceRequest(cluster, { source, target: 'sticky' }, state);
}

/** Whether the hop that picked the endpoint was the affinity memory rather than a fresh draw. */
function stuck(trace: Trace): boolean {
  return trace.hops.some((h) => /-m recent .*--rcheck|^ip saddr @affinity-/.test(h.rule?.text ?? '') || h.note.includes('persistent 60:'));
}

describe('sessionAffinity: ClientIP', () => {
  it.each(MODES)('keeps one client on one pod within the timeout (%s)', (mode) => {
    const cluster = buildCluster(text, { proxyMode: mode });
    const state = createSimulationState(11);
    const first = callAt(cluster, state, 0);
    expect(stuck(first)).toBe(false);
    const pod = podName(first.outcome);
    expect(pod).toBeDefined();
    for (let i = 1; i <= 10; i++) {
      const again = callAt(cluster, state, i * 5_000);
      expect(podName(again.outcome)).toBe(pod);
      expect(stuck(again)).toBe(true);
      expect(unknownRuleRefs(cluster, again)).toEqual([]);
    }
  });

  it.each(MODES)('keeps the client while it comes back before each timeout runs out (%s)', (mode) => {
    const cluster = buildCluster(text, { proxyMode: mode });
    const state = createSimulationState(5);
    const pod = podName(callAt(cluster, state, 0).outcome);
    for (let i = 1; i <= 8; i++) expect(podName(callAt(cluster, state, i * 45_000).outcome)).toBe(pod);
  });

  it.each(MODES)('forgets the client once the timeout has passed (%s)', (mode) => {
    const cluster = buildCluster(text, { proxyMode: mode });
    const state = createSimulationState(3);
    callAt(cluster, state, 0);
    const later = callAt(cluster, state, 61_000);
    expect(stuck(later)).toBe(false);
    expect(podName(later.outcome)).toBeDefined();
  });

  it('in iptables mode checks -m recent in KUBE-SVC and records the client in the KUBE-SEP it chose', () => {
    const cluster = buildCluster(text);
    const state = createSimulationState(2);
    const first = callAt(cluster, state, 0);
    const set = first.hops.find((h) => h.rule?.text.includes('--set'));
    expect(set?.rule?.chain).toMatch(/^KUBE-SEP-/);
    expect(set?.rule?.text).toContain(`-m recent --set --name ${set?.rule?.chain} --mask 255.255.255.255 --rsource`);
    const second = callAt(cluster, state, 1_000);
    const check = second.hops.find((h) => h.rule?.text.includes('--rcheck'));
    expect(check?.rule?.text).toContain('--rcheck --seconds 60 --reap');
    expect(check?.rule?.text).toContain(`-j ${set?.rule?.chain}`);
  });

  it('in IPVS mode shows the virtual server as persistent with the timeout', () => {
    const cluster = buildCluster(text, { proxyMode: 'ipvs' });
    const trace = callAt(cluster, createSimulationState(1), 0);
    const ipvs = trace.hops.find((h) => h.kind === 'ipvs');
    expect(ipvs?.rule?.text.split('\n')[0]).toMatch(/^TCP {2}10\.\d+\.\d+\.\d+:80 rr persistent 60$/);
  });

  it('remembers each client on its own', () => {
    const cluster = buildCluster(text);
    const state = createSimulationState(9);
    const a = fromPod(podOf(cluster, 'client'));
    const b = { type: 'node', name: 'node1' } as const;
    const podA = podName(callAt(cluster, state, 0, a).outcome);
    const podB = podName(callAt(cluster, state, 1, b).outcome);
    for (let i = 2; i < 12; i++) {
      expect(podName(callAt(cluster, state, i * 1000, a).outcome)).toBe(podA);
      expect(podName(callAt(cluster, state, i * 1000 + 1, b).outcome)).toBe(podB);
    }
  });
});
