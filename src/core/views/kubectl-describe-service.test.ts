import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { nginxNodePort } from '../../examples/nginx-nodeport';
import { buildCluster } from '../model/build-cluster';
import { kubectlDescribeService } from './kubectl-describe-service';
import { KUBECTL_DESCRIBE_TABWRITER, tabwrite } from './tabwriter';
import { DESCRIBE_SVC } from './test-seeds';

/** Reads describe output back into `label:\tvalue` (and `Port:\tname\tport`) lines. */
function retab(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const match = /^([A-Za-z ]+:)\s+(.*)$/.exec(line);
      if (!match) return line;
      const [, label = '', value = ''] = match;
      const port = /^(Port|NodePort):$/.test(label) ? /^(\S+)\s{2,}(.*)$/.exec(value) : null;
      return port ? `${label}\t${port[1]}\t${port[2]}` : `${label}\t${value}`;
    })
    .join('\n');
}

const labelsOf = (text: string): string[] => text.split('\n').flatMap((line) => /^([A-Za-z][A-Za-z ]*):/.exec(line)?.[1] ?? []);

describe('kubectl describe svc', () => {
  it('lays out real kubectl output exactly (values two spaces past the longest label, Port name in its own column)', () => {
    expect(tabwrite(retab(DESCRIBE_SVC), KUBECTL_DESCRIBE_TABWRITER)).toBe(DESCRIBE_SVC);
  });

  it('describes myapp with the seed fields in the seed order, plus Internal Traffic Policy that kubectl 1.33 adds', () => {
    const cluster = buildCluster(myappClusterIP);
    const svc = cluster.services.find((s) => s.meta.name === 'myapp');
    if (!svc) throw new Error('no myapp');
    const text = kubectlDescribeService(cluster, svc);
    const seedLabels = labelsOf(DESCRIBE_SVC);
    expect(labelsOf(text)).toEqual([...seedLabels.slice(0, -1), 'Internal Traffic Policy', 'Events']);
    expect(text).toContain(`IP:                       ${svc.clusterIP}\n`);
    expect(text).toContain('Port:                     <unset>  38080/TCP\n');
    expect(text).toContain('TargetPort:               8080/TCP\n');
    expect(text).toMatch(/Endpoints: {16}10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080\n/);
    expect(text.endsWith('Events:                   <none>\n')).toBe(true);
    expect(tabwrite(retab(text), KUBECTL_DESCRIBE_TABWRITER)).toBe(text);
  });

  it('adds NodePort and External Traffic Policy for a NodePort Service', () => {
    const cluster = buildCluster(nginxNodePort);
    const svc = cluster.services.find((s) => s.type === 'NodePort');
    if (!svc) throw new Error('no NodePort Service');
    const text = kubectlDescribeService(cluster, svc);
    expect(text).toContain('NodePort:                 <unset>  32143/TCP\n');
    expect(text).toContain('External Traffic Policy:  Cluster\n');
  });

  it('lists labels one per line, aligned, and truncates endpoints after three with + N more...', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 5
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {tier: front, app: web}
  annotations: {note: hello}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80}]
`;
    const cluster = buildCluster(text);
    const svc = cluster.services.find((s) => s.meta.name === 'web');
    if (!svc) throw new Error('no web');
    const described = kubectlDescribeService(cluster, svc);
    const pad = ' '.repeat('Internal Traffic Policy:  '.length);
    expect(described).toContain(`Labels:                   app=web\n${pad}tier=front\n`);
    expect(described).toContain('Annotations:              note: hello\n');
    expect(described).toContain('Port:                     http  80/TCP\n');
    expect(described).toMatch(/Endpoints: {16}(10\.244\.\d+\.\d+:80,){2}10\.244\.\d+\.\d+:80 \+ 2 more\.\.\.\n/);
  });
});
