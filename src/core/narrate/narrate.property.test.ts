import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { buildCluster } from '../model/build-cluster';
import type { Cluster, ProxyMode } from '../model/types';
import { createSimulationState } from '../simulate/state';
import { traceRequest } from '../simulate/trace';
import type { TraceRequest, TraceSource } from '../simulate/types';
import { narrateTrace } from './narrate';

/** Any request any example's cluster can be asked, in any mode: narration never throws and never leaves a hole. */
const clusters = new Map<string, Cluster>();
function clusterFor(index: number, mode: ProxyMode): Cluster {
  const example = EXAMPLES[index % EXAMPLES.length];
  if (!example) throw new Error('no examples');
  const key = `${example.id}/${mode}`;
  let cluster = clusters.get(key);
  if (!cluster) clusters.set(key, (cluster = buildCluster(example.manifests, { ...example.settings, proxyMode: mode })));
  return cluster;
}

function requestsOf(cluster: Cluster): { sources: TraceSource[]; targets: string[] } {
  const sources: TraceSource[] = [
    { type: 'external' },
    ...cluster.nodes.map((n) => ({ type: 'node', name: n.name }) as const),
    ...cluster.pods.map((p) => ({ type: 'pod', namespace: p.meta.namespace, name: p.meta.name }) as const),
  ];
  const targets = cluster.services.flatMap((s) => [
    s.meta.name,
    `${s.meta.name}.${s.meta.namespace}`,
    ...s.ports.flatMap((p) => [
      `${s.clusterIP}:${p.port}`,
      ...(p.nodePort ? cluster.nodes.map((n) => `${n.internalIP}:${p.nodePort}`) : []),
      ...s.loadBalancerIngressIPs.map((ip) => `${ip}:${p.port}`),
    ]),
  ]);
  targets.push('http://shop.example.com/api', 'nope', '10.96.0.77:80', '10.244.9.9:80');
  return { sources, targets };
}

describe('narration of any trace', () => {
  it('is one finished sentence per hop, in both languages', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom<ProxyMode>('iptables', 'ipvs', 'nftables'),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 5 }),
        (exampleIndex, mode, s, t, repeats) => {
          const cluster = clusterFor(exampleIndex, mode);
          const { sources, targets } = requestsOf(cluster);
          const request: TraceRequest = { source: sources[s % sources.length] ?? { type: 'external' }, target: targets[t % targets.length] ?? 'nope' };
          const state = createSimulationState(cluster.settings.seed);
          // Repeats reach the second-connection paths: affinity, IPVS rotation.
          for (let i = 0; i <= repeats; i++) {
            const trace = traceRequest(cluster, request, state);
            for (const lang of ['en', 'zh'] as const) {
              const narration = narrateTrace(trace, lang);
              expect(narration.hops).toHaveLength(trace.hops.length);
              for (const sentence of [...narration.hops, narration.outcome]) {
                expect(sentence).not.toMatch(/undefined|NaN|\[object|\$\{/);
                expect(sentence).toMatch(lang === 'zh' ? /。$/ : /\.$/);
              }
            }
          }
        },
      ),
      { numRuns: 150, seed: 20_26 },
    );
  });
});
