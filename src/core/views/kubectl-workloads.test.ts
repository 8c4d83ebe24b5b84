import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { buildCluster } from '../model/build-cluster';
import { printTable } from './kubectl-table';
import { formatLabelSelector, kubectlGetWorkloads } from './kubectl-workloads';
import { parseTable } from './test-tables';
import { GET_DEPLOY_WIDE } from './test-seeds';

describe('kubectl get deploy -o wide', () => {
  it('lays out real kubectl output exactly', () => {
    const { headers, rows } = parseTable(GET_DEPLOY_WIDE);
    expect(printTable(headers, rows)).toBe(GET_DEPLOY_WIDE);
  });

  it('prints the myapp Deployment with the seed columns and its selector', () => {
    const cluster = buildCluster(myappClusterIP);
    const table = parseTable(kubectlGetWorkloads(cluster, cluster.workloads.filter((w) => w.meta.name === 'myapp')));
    expect(table.headers).toEqual(parseTable(GET_DEPLOY_WIDE).headers);
    expect(table.records[0]).toMatchObject({ NAME: 'myapp', READY: '3/3', 'UP-TO-DATE': '3', AVAILABLE: '3', CONTAINERS: 'myapp', IMAGES: 'jocatalin/kubernetes-bootcamp:v1', SELECTOR: 'app=myapp,version=v1' });
  });

  it('prints a Deployment\'s ReplicaSet under its own name, with the pod-template-hash in the selector', () => {
    const cluster = buildCluster(myappClusterIP);
    const deployment = cluster.workloads.find((w) => w.meta.name === 'myapp');
    if (!deployment) throw new Error('no deployment');
    const table = parseTable(kubectlGetWorkloads(cluster, [deployment], { replicaSetOf: true }));
    expect(table.headers).toEqual(['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']);
    expect(table.records[0]?.['NAME']).toBe(deployment.replicaSetName);
    expect(table.records[0]?.['SELECTOR']).toBe(`app=myapp,pod-template-hash=${deployment.podTemplateHash},version=v1`);
  });
});

describe('formatLabelSelector', () => {
  it('sorts requirements by key and writes set-based ones as kubectl does', () => {
    expect(
      formatLabelSelector({
        matchLabels: { tier: 'web' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['qa', 'prod'] },
          { key: 'gone', operator: 'DoesNotExist', values: [] },
          { key: 'a', operator: 'Exists', values: [] },
        ],
      }),
    ).toBe('a,env in (prod,qa),!gone,tier=web');
    expect(formatLabelSelector({ matchLabels: {}, matchExpressions: [] })).toBe('<none>');
  });
});
