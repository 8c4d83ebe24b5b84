import { describe, expect, it } from 'vitest';
import { podYaml, serviceYaml } from '../controllers/test-fixtures';
import { buildCluster } from '../model/build-cluster';
import { summarizeCluster } from './summarize';

describe('summarizeCluster', () => {
  const text =
    serviceYaml('web', 'type: NodePort\nselector: {app: web}\nports:\n- {name: http, port: 80, targetPort: 8080, nodePort: 30080}') +
    podYaml('a', { ip: '10.244.1.2' }) +
    podYaml('b', { ip: '10.244.1.3', ready: false }) +
    '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm}\n';
  const configMapLine = text.slice(0, text.indexOf('apiVersion: v1\nkind: ConfigMap')).split('\n').length;
  const cluster = buildCluster(text);

  it('lists user pods and Services with their endpoints, one row per address and port', () => {
    const summary = summarizeCluster(cluster);
    expect(summary.pods.map((p) => [p.name, p.ip, p.nodeName, p.ready])).toEqual([
      ['a', '10.244.1.2', 'node1', true],
      ['b', '10.244.1.3', 'node1', false],
    ]);
    expect(summary.services).toEqual([
      {
        namespace: 'default',
        name: 'web',
        type: 'NodePort',
        clusterIP: cluster.services.find((s) => s.meta.name === 'web')?.clusterIP,
        ports: [
          {
            name: 'http',
            port: 80,
            targetPort: 8080,
            nodePort: 30080,
            protocol: 'TCP',
          },
        ],
        endpoints: [
          {
            ip: '10.244.1.2',
            port: 8080,
            podName: 'a',
            nodeName: 'node1',
            ready: true,
          },
          {
            ip: '10.244.1.3',
            port: 8080,
            podName: 'b',
            nodeName: 'node1',
            ready: false,
          },
        ],
      },
    ]);
  });

  it('carries the diagnostics, their place included', () => {
    expect(summarizeCluster(cluster).diagnostics).toEqual([
      {
        code: 'KIND_NOT_SIMULATED',
        severity: 'info',
        message: expect.stringContaining('ConfigMap "cm"'),
        line: configMapLine,
        column: 1,
      },
    ]);
  });

  it('writes null for a diagnostic that has no place', () => {
    const dump = buildCluster(
      `${serviceYaml('db', 'selector: {app: db}\nports:\n- port: 5432')}---\napiVersion: v1\nkind: Endpoints\nmetadata: {name: db}\nsubsets: []\n`,
    );
    expect(summarizeCluster(dump).diagnostics).toEqual([
      {
        code: 'ENDPOINTS_KEPT_AS_GIVEN',
        severity: 'info',
        message: expect.any(String),
        line: null,
        column: null,
      },
    ]);
  });

  it('adds kubernetes, kube-dns and CoreDNS with includeSystem', () => {
    const summary = summarizeCluster(cluster, { includeSystem: true });
    expect(summary.services.map((s) => s.name)).toEqual(['kubernetes', 'kube-dns', 'web']);
    expect(summary.services[0]?.endpoints).toEqual([
      {
        ip: '192.168.49.2',
        port: 6443,
        podName: null,
        nodeName: null,
        ready: true,
      },
    ]);
    expect(summary.pods.filter((p) => p.namespace === 'kube-system')).toHaveLength(2);
  });
});
