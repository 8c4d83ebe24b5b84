import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { buildIpvs } from '../network/proxy/ipvs';
import { CONNECTION_MS } from './logical-dataplanes';
import { createSimulationState } from './state';
import { EDGE, fromPod, nodeIP, podOf, podsOf, serviceOf, unknownRuleRefs, WEB, yaml } from './test-fixtures';
import { traceRequest } from './trace';
import type { Trace } from './types';

const delivered = (trace: Trace): string => (trace.outcome.type === 'delivered' ? `${trace.outcome.podIP}:${trace.outcome.port}` : trace.outcome.type);

function ipvsCluster(scheduler: string) {
  return buildCluster(WEB, { proxyMode: 'ipvs', ipvsScheduler: scheduler });
}

describe('IPVS mode', () => {
  it('rr rotates over exactly the real servers of the virtual server, one connection each', () => {
    const cluster = ipvsCluster('rr');
    const vip = `${serviceOf(cluster, 'web').clusterIP}:80`;
    const vs = buildIpvs(cluster, 'node1').virtualServers.find((v) => v.id === `TCP/${vip}`);
    const servers = (vs?.realServers ?? []).map((r) => `${r.ip}:${r.port}`).sort();
    expect(servers).toHaveLength(3);
    const state = createSimulationState(1);
    const picks = Array.from({ length: 9 }, () => delivered(traceRequest(cluster, { source: { type: 'node', name: 'node1' }, target: vip }, state)));
    expect([...picks.slice(0, 3)].sort()).toEqual(servers);
    expect(picks.slice(3, 6)).toEqual(picks.slice(0, 3));
    expect(picks.slice(6, 9)).toEqual(picks.slice(0, 3));
  });

  it('keeps one rotation per node: each node’s kube-proxy has its own virtual server', () => {
    const cluster = ipvsCluster('rr');
    const vip = `${serviceOf(cluster, 'web').clusterIP}:80`;
    const state = createSimulationState(1);
    const a = delivered(traceRequest(cluster, { source: { type: 'node', name: 'node1' }, target: vip }, state));
    const b = delivered(traceRequest(cluster, { source: { type: 'node', name: 'node2' }, target: vip }, state));
    expect(b).toBe(a);
  });

  it('lc sends a new connection to the server with the fewest active connections', () => {
    const vip = `${serviceOf(ipvsCluster('lc'), 'web').clusterIP}:80`;
    const run = (scheduler: string): string[] => {
      const cluster = ipvsCluster(scheduler);
      const state = createSimulationState(1);
      return [0, CONNECTION_MS * 0.6, CONNECTION_MS * 1.2].map((at) => {
        state.nowMs = at;
        return delivered(traceRequest(cluster, { source: { type: 'node', name: 'node1' }, target: vip }, state));
      });
    };
    // The first connection has closed by the third: lc goes back to that idle server, rr moves on.
    const lc = run('lc');
    expect(lc[2]).toBe(lc[0]);
    expect(lc[1]).not.toBe(lc[0]);
    const rr = run('rr');
    expect(new Set(rr).size).toBe(3);
    const hop = (() => {
      const cluster = ipvsCluster('lc');
      return traceRequest(cluster, { source: { type: 'node', name: 'node1' }, target: vip }).hops.find((h) => h.kind === 'ipvs');
    })();
    expect(hop?.note).toContain('lc: fewest active connections (0, 0, 0)');
    expect(hop?.rule?.text.split('\n')[0]).toBe(`TCP  ${vip} lc`);
  });

  it('sh sends each client to the same server every time', () => {
    const cluster = ipvsCluster('sh');
    const vip = `${serviceOf(cluster, 'web').clusterIP}:80`;
    const state = createSimulationState(1);
    const sources = [...cluster.nodes.map((n) => ({ type: 'node', name: n.name }) as const), ...podsOf(cluster, 'web').map(fromPod)];
    const chosen = new Set<string>();
    for (const source of sources) {
      const first = delivered(traceRequest(cluster, { source, target: vip }, state));
      chosen.add(first);
      for (let i = 0; i < 5; i++) expect(delivered(traceRequest(cluster, { source, target: vip }, state))).toBe(first);
    }
    expect(chosen.size).toBeGreaterThan(1);
  });

  it('points at the virtual server the node lists in ipvsadm -Ln', () => {
    const cluster = buildCluster(yaml(WEB, EDGE), { proxyMode: 'ipvs' });
    const targets = ['web', `${nodeIP(cluster, 'node1')}:30080`, `${serviceOf(cluster, 'edge-lb').loadBalancerIngressIPs[0]}:80`];
    for (const pod of podsOf(cluster, 'web')) {
      for (const target of targets) {
        const trace = traceRequest(cluster, { source: fromPod(pod), target });
        expect(trace.hops.some((h) => h.rule?.source === 'ipvs' && h.rule.id !== undefined)).toBe(true);
        expect(unknownRuleRefs(cluster, trace)).toEqual([]);
      }
    }
  });
});

describe('nftables mode', () => {
  const cluster = buildCluster(WEB, { proxyMode: 'nftables' });

  it('numgen spreads connections over every endpoint', () => {
    const state = createSimulationState(8);
    const counts = new Map<string, number>();
    for (let i = 0; i < 300; i++) {
      const pick = delivered(traceRequest(cluster, { source: { type: 'node', name: 'node2' }, target: `${serviceOf(cluster, 'web').clusterIP}:80` }, state));
      counts.set(pick, (counts.get(pick) ?? 0) + 1);
    }
    expect(counts.size).toBe(3);
    for (const n of counts.values()) expect(n).toBeGreaterThan(60);
  });

  it('walks the service-ips map, the numgen rule of the service chain and the endpoint chain’s DNAT, all rules of the table', () => {
    const trace = traceRequest(cluster, { source: fromPod(podOf(cluster, 'web')), target: 'web' });
    const chains = trace.hops.flatMap((h) => (h.rule?.source === 'nftables' && h.rule.table !== 'conntrack' ? [h.rule.chain?.split('-')[0]] : []));
    expect(chains.slice(0, 3)).toEqual(['services', 'service', 'endpoint']);
    expect(trace.hops.find((h) => h.rule?.chain?.startsWith('service-'))?.rule?.text).toMatch(/^numgen random mod 3 vmap \{ 0 : goto endpoint-.*, 1 : goto endpoint-.*, 2 : goto endpoint-.* \}$/);
    expect(trace.hops.find((h) => h.rule?.chain?.startsWith('endpoint-'))?.rule?.text).toMatch(/^meta l4proto tcp dnat to 10\.244\.\d+\.\d+:8080$/);
    expect(unknownRuleRefs(cluster, trace)).toEqual([]);
  });
});

describe('hairpin in IPVS and nftables mode', () => {
  it.each(['ipvs', 'nftables'] as const)('masquerades a pod only when it is sent to itself (%s)', (mode) => {
    const cluster = buildCluster(WEB, { proxyMode: mode, ipvsScheduler: 'rr' });
    const state = createSimulationState(6);
    let self = 0;
    let other = 0;
    for (const pod of podsOf(cluster, 'web')) {
      for (let i = 0; i < 6; i++) {
        const trace = traceRequest(cluster, { source: fromPod(pod), target: 'web' }, state);
        const toSelf = trace.outcome.type === 'delivered' && trace.outcome.podIP === pod.ip;
        const masq = trace.hops.find((h) => h.kind === 'masquerade');
        if (toSelf) {
          self += 1;
          expect(masq?.after.src.split(':')[0]).toBe(nodeIP(cluster, pod.nodeName ?? ''));
        } else {
          other += 1;
          expect(masq).toBeUndefined();
          expect(trace.hops.find((h) => h.kind === 'deliver')?.before.src.split(':')[0]).toBe(pod.ip);
        }
      }
    }
    expect(self).toBeGreaterThan(0);
    expect(other).toBeGreaterThan(0);
  });
});
