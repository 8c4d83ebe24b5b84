import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { nginxNodePort } from '../../examples/nginx-nodeport';
import { buildCluster } from '../model/build-cluster';
import { kubectlGetServices } from './kubectl-services';
import { printTable } from './kubectl-table';
import { parseTable } from './test-tables';
import { GET_SVC_EXTERNAL_NAME, GET_SVC_NODEPORT, GET_SVC_TWO, GET_SVC_WIDE } from './test-seeds';

const reprint = (text: string): string => {
  const { headers, rows } = parseTable(text);
  return printTable(headers, rows);
};

describe('kubectl get svc', () => {
  it('lays out real kubectl output exactly, column for column', () => {
    for (const seed of [GET_SVC_WIDE, GET_SVC_EXTERNAL_NAME, GET_SVC_NODEPORT, GET_SVC_TWO]) expect(reprint(seed)).toBe(seed);
  });

  it('prints the myapp Service -o wide with the seed columns and its own values', () => {
    const cluster = buildCluster(myappClusterIP);
    const services = cluster.services.filter((s) => s.meta.name === 'myapp');
    const text = kubectlGetServices(cluster, { services, wide: true });
    const table = parseTable(text);
    expect(table.headers).toEqual(parseTable(GET_SVC_WIDE).headers);
    expect(table.records[0]).toMatchObject({ NAME: 'myapp', TYPE: 'ClusterIP', 'EXTERNAL-IP': '<none>', 'PORT(S)': '38080/TCP', AGE: '5m', SELECTOR: 'app=myapp' });
    expect(table.records[0]?.['CLUSTER-IP']).toBe(services[0]?.clusterIP);
    expect(reprint(text)).toBe(text);
  });

  it('shows a NodePort as port:nodePort', () => {
    const cluster = buildCluster(nginxNodePort);
    const text = kubectlGetServices(cluster, { services: cluster.services.filter((s) => !s.meta.system) });
    expect(parseTable(text).headers).toEqual(parseTable(GET_SVC_NODEPORT).headers);
    expect(parseTable(text).records[0]?.['PORT(S)']).toBe('80:32143/TCP');
  });

  it('shows <pending> for a LoadBalancer without an address, the address once the cloud gave one, and ExternalName targets', () => {
    const text = `apiVersion: v1
kind: Service
metadata: {name: lb}
spec:
  type: LoadBalancer
  selector: {app: a}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: given}
spec:
  type: LoadBalancer
  selector: {app: a}
  ports: [{port: 80, nodePort: 30080}]
status:
  loadBalancer:
    ingress: [{ip: 198.51.100.7}]
---
apiVersion: v1
kind: Service
metadata: {name: ext}
spec: {type: ExternalName, externalName: www.example.com}
`;
    const cluster = buildCluster(text, { loadBalancerPool: '' });
    const byName = Object.fromEntries(parseTable(kubectlGetServices(cluster, { services: cluster.services.filter((s) => !s.meta.system) })).records.map((r) => [r['NAME'], r]));
    expect(byName['given']?.['EXTERNAL-IP']).toBe('198.51.100.7');
    expect(byName['given']?.['PORT(S)']).toBe('80:30080/TCP');
    expect(byName['ext']).toMatchObject({ TYPE: 'ExternalName', 'CLUSTER-IP': '<none>', 'EXTERNAL-IP': 'www.example.com', 'PORT(S)': '<none>' });
    // No address pool for the simulated cloud: the load balancer is still being made.
    expect(byName['lb']?.['EXTERNAL-IP']).toBe('<pending>');
  });
});
