import { buildCluster, buildIptables, createSimulationState, renderIptablesSave, traceRequest } from '../src/core/index';
import { myappClusterIP } from '../src/examples/myapp-clusterip';

/** Traffic-engine and rule-table benchmarks, run after the parse benchmarks by bench/run.ts. */
export type Measure = (label: string, runs: number, fn: () => void) => number;

function serviceManifests(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}, namespace: ns-${i % 20}}
spec:
  replicas: 3
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec:
      containers:
      - {name: web, image: nginx, ports: [{name: http, containerPort: 8080}]}
---
apiVersion: v1
kind: Service
metadata: {name: app-${i}, namespace: ns-${i % 20}}
spec:
  type: ${i % 4 === 0 ? 'NodePort' : 'ClusterIP'}
  selector: {app: app-${i}}
  ports: [{name: http, port: 80, targetPort: http}]`);
  }
  return docs.join('\n---\n');
}

export const BENCHES: ((measure: Measure) => void)[] = [
  (measure) => {
    const cluster = buildCluster(myappClusterIP);
    const pod = cluster.pods.find((p) => p.meta.name.startsWith('myapp'));
    if (!pod) throw new Error('example has no pod');
    const state = createSimulationState(1);
    const n = 20_000;
    const ms = measure(`trace ${n.toLocaleString('en-US')} ClusterIP requests by DNS name (iptables)`, 3, () => {
      for (let i = 0; i < n; i++) {
        state.nowMs = i;
        traceRequest(cluster, { source: { type: 'pod', namespace: 'default', name: pod.meta.name }, target: 'myapp' }, state);
      }
    });
    console.log(`  → ${Math.round((n / ms) * 1000).toLocaleString('en-US')} traces per second`);
  },
  (measure) => {
    const text = serviceManifests(2000);
    let cluster = buildCluster(text);
    measure('build a 2,000-Service cluster (6,000 pods)', 3, () => {
      cluster = buildCluster(text);
    });
    let lines = 0;
    measure('iptables-save of one node, 2,000 Services', 3, () => {
      lines = renderIptablesSave(buildIptables(cluster, 'node1')).split('\n').length;
    });
    console.log(`  → ${lines.toLocaleString('en-US')} lines`);
  },
];
