import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import type { Cluster, Endpoints } from '../model/types';
import { podYaml, serviceYaml } from './test-fixtures';

const endpointsOf = (cluster: Cluster, name: string, namespace = 'default'): Endpoints | undefined =>
  cluster.endpoints.find((e) => e.meta.name === name && e.meta.namespace === namespace);

/** Each subset as `port,port → ip ip | notReady ip ip`, for compact comparisons. */
function subsets(e: Endpoints | undefined): string[] {
  return (e?.subsets ?? []).map(
    (s) =>
      `${s.ports.map((p) => `${p.name}:${p.port}/${p.protocol}`).join(',')} → ${s.addresses.map((a) => a.ip).join(' ')} | notReady ${s.notReadyAddresses.map((a) => a.ip).join(' ')}`,
  );
}

const WEB = serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80\n  targetPort: 8080');

describe('the Endpoints controller: which pods', () => {
  it('selects by every label of the selector, in the Service namespace only', () => {
    const text =
      serviceYaml('web', 'selector: {app: web, tier: front}\nports:\n- port: 80') +
      podYaml('match', {
        labels: '{app: web, tier: front, extra: x}',
        ip: '10.244.1.2',
      }) +
      podYaml('partial', { labels: '{app: web}', ip: '10.244.1.3' }) +
      podYaml('other-ns', {
        labels: '{app: web, tier: front}',
        namespace: 'staging',
        ip: '10.244.1.4',
      });
    expect(subsets(endpointsOf(buildCluster(text), 'web'))).toEqual([':80/TCP → 10.244.1.2 | notReady ']);
  });

  it('puts ready pods in addresses and unready ones in notReadyAddresses', () => {
    const text = WEB + podYaml('a', { ip: '10.244.1.2' }) + podYaml('b', { ip: '10.244.1.3', ready: false });
    expect(subsets(endpointsOf(buildCluster(text), 'web'))).toEqual([':8080/TCP → 10.244.1.2 | notReady 10.244.1.3']);
  });

  it('with publishNotReadyAddresses lists unready and terminating pods as addresses', () => {
    const text =
      serviceYaml('web', 'publishNotReadyAddresses: true\nselector: {app: web}\nports:\n- port: 80') +
      podYaml('a', { ip: '10.244.1.2', ready: false }) +
      podYaml('b', { ip: '10.244.1.3', terminating: true });
    expect(subsets(endpointsOf(buildCluster(text), 'web'))).toEqual([':80/TCP → 10.244.1.2 10.244.1.3 | notReady ']);
  });

  it('drops terminating pods, ready or not', () => {
    const text =
      WEB +
      podYaml('live', { ip: '10.244.1.2' }) +
      podYaml('going', { ip: '10.244.1.3', terminating: true }) +
      podYaml('going-unready', {
        ip: '10.244.1.4',
        terminating: true,
        ready: false,
      });
    expect(subsets(endpointsOf(buildCluster(text), 'web'))).toEqual([':8080/TCP → 10.244.1.2 | notReady ']);
  });

  it('skips Failed and Succeeded pods and pods without an IP', () => {
    const text =
      WEB +
      podYaml('ok', { ip: '10.244.1.2' }) +
      podYaml('failed', { ip: '10.244.1.3', phase: 'Failed', ready: false }) +
      podYaml('done', { ip: '10.244.1.4', phase: 'Succeeded', ready: false }) +
      podYaml('pending', { ip: null, phase: 'Pending', ready: false });
    expect(subsets(endpointsOf(buildCluster(text), 'web'))).toEqual([':8080/TCP → 10.244.1.2 | notReady ']);
  });

  it('an empty selector {} selects every pod of the namespace', () => {
    const text =
      serviceYaml('all', 'selector: {}\nports:\n- port: 80') +
      podYaml('a', { labels: '{app: a}', ip: '10.244.1.2' }) +
      podYaml('b', { labels: '{}', ip: '10.244.1.3' }) +
      podYaml('c', { namespace: 'other', ip: '10.244.1.4' });
    expect(subsets(endpointsOf(buildCluster(text), 'all'))).toEqual([':80/TCP → 10.244.1.2 10.244.1.3 | notReady ']);
  });

  it('orders addresses by IP as strings, as the controller sorts them', () => {
    const text = WEB + podYaml('a', { ip: '10.244.2.5' }) + podYaml('b', { ip: '10.244.10.1' }) + podYaml('c', { ip: '10.244.1.200' });
    expect(endpointsOf(buildCluster(text), 'web')?.subsets[0]?.addresses.map((a) => a.ip)).toEqual(['10.244.1.200', '10.244.10.1', '10.244.2.5']);
  });

  it('points each address at its pod and node', () => {
    const text = WEB + podYaml('a', { ip: '10.244.2.5', node: 'node2' });
    expect(endpointsOf(buildCluster(text), 'web')?.subsets[0]?.addresses).toEqual([
      {
        ip: '10.244.2.5',
        nodeName: 'node2',
        targetRef: { kind: 'Pod', namespace: 'default', name: 'a' },
      },
    ]);
  });
});

describe('the Endpoints controller: targetPort', () => {
  it('uses a numeric targetPort as it is, declared in the pod or not', () => {
    const text = WEB + podYaml('a', { ip: '10.244.1.2', ports: '[{containerPort: 9999}]' });
    expect(subsets(endpointsOf(buildCluster(text), 'web'))).toEqual([':8080/TCP → 10.244.1.2 | notReady ']);
  });

  it('resolves a named targetPort per pod, so pods can listen on different numbers', () => {
    const text =
      serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80\n  targetPort: http') +
      podYaml('old', {
        ip: '10.244.1.2',
        ports: '[{name: http, containerPort: 8080}]',
      }) +
      podYaml('new', {
        ip: '10.244.1.3',
        ports: '[{name: http, containerPort: 9090}]',
      });
    expect(subsets(endpointsOf(buildCluster(text), 'web')).sort()).toEqual([':8080/TCP → 10.244.1.2 | notReady ', ':9090/TCP → 10.244.1.3 | notReady ']);
  });

  it('matches the container port by name AND protocol', () => {
    const text =
      serviceYaml('dns', 'selector: {app: web}\nports:\n- {name: dns, port: 53, protocol: UDP, targetPort: dns}') +
      podYaml('tcp-only', {
        ip: '10.244.1.2',
        ports: '[{name: dns, containerPort: 5353, protocol: TCP}]',
      }) +
      podYaml('both', {
        ip: '10.244.1.3',
        ports: '[{name: dns, containerPort: 5300, protocol: TCP}, {name: dns, containerPort: 5353, protocol: UDP}]',
      });
    expect(subsets(endpointsOf(buildCluster(text), 'dns'))).toEqual(['dns:5353/UDP → 10.244.1.3 | notReady ']);
  });

  it('searches containers in order, the first matching port wins', () => {
    const text =
      serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80\n  targetPort: http') +
      podYaml('a', { ip: '10.244.1.2' }).replace(
        '  - name: main\n    image: app\n    ports: []\n',
        '  - name: sidecar\n    ports: [{name: http, containerPort: 15001}]\n  - name: main\n    ports: [{name: http, containerPort: 8080}]\n',
      );
    expect(subsets(endpointsOf(buildCluster(text), 'web'))).toEqual([':15001/TCP → 10.244.1.2 | notReady ']);
  });

  it('skips a pod only for the port it lacks, keeping it under the others', () => {
    const text =
      serviceYaml('web', 'selector: {app: web}\nports:\n- {name: web, port: 80, targetPort: 8080}\n- {name: metrics, port: 9100, targetPort: metrics}') +
      podYaml('with-metrics', {
        ip: '10.244.1.2',
        ports: '[{name: metrics, containerPort: 9100}]',
      }) +
      podYaml('without', { ip: '10.244.1.3' });
    expect(subsets(endpointsOf(buildCluster(text), 'web')).sort()).toEqual([
      'metrics:9100/TCP,web:8080/TCP → 10.244.1.2 | notReady ',
      'web:8080/TCP → 10.244.1.3 | notReady ',
    ]);
  });

  it('leaves out a pod that has none of the named ports', () => {
    const text = serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80\n  targetPort: http') + podYaml('a', { ip: '10.244.1.2' });
    expect(endpointsOf(buildCluster(text), 'web')?.subsets).toEqual([]);
  });
});

describe('the Endpoints object', () => {
  it('is named after the Service, with its labels, and marked headless for a headless Service', () => {
    const cluster = buildCluster(serviceYaml('db', 'clusterIP: None\nselector: {app: web}\nports:\n- port: 5432') + podYaml('a', { ip: '10.244.1.2' }));
    const e = endpointsOf(cluster, 'db');
    expect(e?.meta.labels).toEqual({
      team: 'blue',
      'service.kubernetes.io/headless': '',
    });
    expect(e?.managed).toBe(true);
  });

  it('for a headless Service without ports lists the addresses with no ports', () => {
    const cluster = buildCluster(serviceYaml('db', 'clusterIP: None\nselector: {app: web}') + podYaml('a', { ip: '10.244.1.2' }));
    expect(endpointsOf(cluster, 'db')?.subsets).toEqual([
      {
        addresses: [expect.objectContaining({ ip: '10.244.1.2' })],
        notReadyAddresses: [],
        ports: [],
      },
    ]);
  });

  it('sets hostname only for pods whose subdomain is this Service', () => {
    const text =
      serviceYaml('db', 'clusterIP: None\nselector: {app: web}\nports:\n- port: 5432') +
      podYaml('db-0', { ip: '10.244.1.2', hostname: 'db-0', subdomain: 'db' }) +
      podYaml('db-1', {
        ip: '10.244.1.3',
        hostname: 'db-1',
        subdomain: 'other',
      }) +
      podYaml('db-2', { ip: '10.244.1.4', hostname: 'db-2' });
    expect(endpointsOf(buildCluster(text), 'db')?.subsets[0]?.addresses.map((a) => [a.ip, a.hostname])).toEqual([
      ['10.244.1.2', 'db-0'],
      ['10.244.1.3', undefined],
      ['10.244.1.4', undefined],
    ]);
  });

  it('StatefulSet pods get their hostname in the Endpoints of their governing Service', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: postgres}]}
${serviceYaml('db', 'clusterIP: None\nselector: {app: db}\nports:\n- port: 5432')}`;
    expect(
      endpointsOf(buildCluster(text), 'db')
        ?.subsets[0]?.addresses.map((a) => a.hostname)
        .sort(),
    ).toEqual(['db-0', 'db-1']);
  });

  it('holds at most 1000 addresses and says it was truncated', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: big}
spec:
  replicas: 1005
  selector: {matchLabels: {app: big}}
  template:
    metadata: {labels: {app: big}}
    spec: {containers: [{name: c, image: x}]}
${serviceYaml('big', 'selector: {app: big}\nports:\n- port: 80')}`;
    const e = endpointsOf(buildCluster(text, { workerCount: 5 }), 'big');
    expect(e?.subsets.reduce((n, s) => n + s.addresses.length + s.notReadyAddresses.length, 0)).toBe(1000);
    expect(e?.meta.annotations).toEqual({
      'endpoints.kubernetes.io/over-capacity': 'truncated',
    });
  });
});

describe('Services the controller leaves alone', () => {
  const external = `---
apiVersion: v1
kind: Endpoints
metadata: {name: db}
subsets:
- addresses: [{ip: 192.0.2.10}, {ip: 192.0.2.11}]
  notReadyAddresses: [{ip: 192.0.2.12}]
  ports: [{name: pg, port: 5432}]
`;

  it('a selector-less Service keeps the Endpoints the user wrote', () => {
    const cluster = buildCluster(serviceYaml('db', 'ports:\n- {name: pg, port: 5432}') + external);
    const e = endpointsOf(cluster, 'db');
    expect(e?.managed).toBe(false);
    expect(subsets(e)).toEqual(['pg:5432/TCP → 192.0.2.10 192.0.2.11 | notReady 192.0.2.12']);
  });

  it('a selector-less Service without Endpoints has none, even with pods around', () => {
    const cluster = buildCluster(serviceYaml('db', 'ports:\n- port: 5432') + podYaml('a'));
    expect(endpointsOf(cluster, 'db')).toBeUndefined();
    expect(cluster.endpointSlices.filter((s) => s.serviceName === 'db')).toEqual([]);
  });

  it('an ExternalName Service gets no Endpoints and no EndpointSlices', () => {
    const cluster = buildCluster(serviceYaml('db', 'type: ExternalName\nexternalName: db.example.com\nselector: {app: web}') + podYaml('a'));
    expect(endpointsOf(cluster, 'db')).toBeUndefined();
    expect(cluster.endpointSlices.filter((s) => s.serviceName === 'db')).toEqual([]);
  });

  it('a Service with a selector but no pods in the text keeps the dumped Endpoints, and says so', () => {
    const cluster = buildCluster(serviceYaml('db', 'selector: {app: db}\nports:\n- {name: pg, port: 5432}') + external);
    expect(subsets(endpointsOf(cluster, 'db'))).toEqual(['pg:5432/TCP → 192.0.2.10 192.0.2.11 | notReady 192.0.2.12']);
    expect(cluster.diagnostics.map((d) => [d.code, d.severity])).toEqual([['ENDPOINTS_KEPT_AS_GIVEN', 'info']]);
  });

  it('Endpoints without a Service are kept as written', () => {
    expect(endpointsOf(buildCluster(external), 'db')?.managed).toBe(false);
  });
});
