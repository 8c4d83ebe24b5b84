import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { buildCluster } from '../model/build-cluster';
import { kubectlGetPods } from './kubectl-pods';
import { printTable } from './kubectl-table';
import { parseTable } from './test-tables';
import { GET_PODS_WIDE } from './test-seeds';

describe('kubectl get pods -o wide', () => {
  it('lays out real kubectl output exactly, "NOMINATED NODE" and all', () => {
    const { headers, rows } = parseTable(GET_PODS_WIDE);
    expect(printTable(headers, rows)).toBe(GET_PODS_WIDE);
  });

  it('prints the myapp pods with the seed columns, their IPs and nodes', () => {
    const cluster = buildCluster(myappClusterIP);
    const pods = cluster.pods.filter((p) => p.workload?.name === 'myapp');
    const table = parseTable(kubectlGetPods(cluster, { pods, wide: true }));
    expect(table.headers).toEqual(parseTable(GET_PODS_WIDE).headers);
    expect(table.records).toHaveLength(3);
    for (const [i, record] of table.records.entries()) {
      expect(record).toMatchObject({ NAME: pods[i]?.meta.name, READY: '1/1', STATUS: 'Running', RESTARTS: '0', AGE: '6m', IP: pods[i]?.ip, NODE: pods[i]?.nodeName, 'NOMINATED NODE': '<none>', 'READINESS GATES': '<none>' });
    }
  });

  it('shows an unready pod as 0/1 Running and a deleted one as Terminating', () => {
    const cluster = buildCluster(myappClusterIP);
    const [first, second] = cluster.pods.filter((p) => p.workload?.name === 'myapp');
    if (!first || !second) throw new Error('pods missing');
    const table = parseTable(kubectlGetPods(cluster, { pods: [{ ...first, ready: false }, { ...second, terminating: true }] }));
    expect(table.headers).toEqual(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']);
    expect(table.records[0]).toMatchObject({ READY: '0/1', STATUS: 'Running' });
    expect(table.records[1]).toMatchObject({ STATUS: 'Terminating' });
  });

  it('puts NAMESPACE first with -A, and <none> for a pod without IP or node', () => {
    const cluster = buildCluster(myappClusterIP);
    const [pod] = cluster.pods.filter((p) => p.workload?.name === 'myapp');
    if (!pod) throw new Error('pod missing');
    const { ip: _ip, nodeName: _node, ...pending } = pod;
    const table = parseTable(kubectlGetPods(cluster, { pods: [{ ...pending, phase: 'Pending', ready: false }], wide: true, allNamespaces: true }));
    expect(table.headers[0]).toBe('NAMESPACE');
    expect(table.records[0]).toMatchObject({ NAMESPACE: 'default', STATUS: 'Pending', READY: '0/1', IP: '<none>', NODE: '<none>' });
  });
});
