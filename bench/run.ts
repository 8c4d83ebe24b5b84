import { performance } from 'node:perf_hooks';
import { buildCluster, buildGraph } from '../src/core/index';
import { generateDump } from './generate-dump';

/**
 * `npm run bench`: figures quoted in the issues' closing notes. Each measure runs a few times and the
 * median is printed, so one slow run (a GC, the other core busy) does not decide the figure.
 */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function measure(label: string, runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const m = median(times);
  console.log(`${label.padEnd(58)} ${m.toFixed(1).padStart(9)} ms  (median of ${runs})`);
  return m;
}

const dump = generateDump({ objects: 10_000, nodes: 20 });
console.log(`svcscope bench — Node ${process.version}`);
console.log(`generated dump: 10,000 objects, ${(dump.length / 1024 / 1024).toFixed(1)} MiB`);
let cluster = buildCluster(dump);
measure('parse + build cluster (10,000-object dump)', 5, () => {
  cluster = buildCluster(dump);
});
console.log(`  → ${cluster.pods.length} pods, ${cluster.services.length} services, ${cluster.endpointSlices.length} EndpointSlices, ${cluster.diagnostics.length} diagnostics`);
measure('build graph (10,000-object dump, system hidden)', 5, () => {
  buildGraph(cluster);
});

for (const extra of (await import('./extra')).BENCHES) extra(measure);
