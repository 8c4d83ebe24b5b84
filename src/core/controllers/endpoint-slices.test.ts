import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import type { Cluster, EndpointSlice } from '../model/types';
import { podYaml, serviceYaml } from './test-fixtures';

const slicesOf = (cluster: Cluster, service: string): EndpointSlice[] =>
  cluster.endpointSlices.filter((s) => s.serviceName === service && s.meta.namespace === 'default');

/** Each endpoint as `ip ready/serving/terminating`. */
const conditions = (slices: readonly EndpointSlice[]): string[] =>
  slices.flatMap((s) => s.endpoints.map((e) => `${e.addresses.join(',')} ${e.conditions.ready}/${e.conditions.serving}/${e.conditions.terminating}`)).sort();

const WEB = serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80\n  targetPort: 8080');

describe('the EndpointSlice controller: conditions', () => {
  it('ready pods are ready and serving; unready pods neither', () => {
    const cluster = buildCluster(WEB + podYaml('a', { ip: '10.244.1.2' }) + podYaml('b', { ip: '10.244.1.3', ready: false }));
    expect(conditions(slicesOf(cluster, 'web'))).toEqual(['10.244.1.2 true/true/false', '10.244.1.3 false/false/false']);
  });

  it('keeps terminating pods, flagged terminating, not ready, serving as their Ready condition says', () => {
    const cluster = buildCluster(
      WEB + podYaml('a', { ip: '10.244.1.2', terminating: true }) + podYaml('b', { ip: '10.244.1.3', terminating: true, ready: false }),
    );
    expect(conditions(slicesOf(cluster, 'web'))).toEqual(['10.244.1.2 false/true/true', '10.244.1.3 false/false/true']);
    // The Endpoints object drops them.
    expect(cluster.endpoints.find((e) => e.meta.name === 'web')?.subsets).toEqual([]);
  });

  it('with publishNotReadyAddresses every endpoint is ready, serving still says the truth', () => {
    const cluster = buildCluster(
      serviceYaml('web', 'publishNotReadyAddresses: true\nselector: {app: web}\nports:\n- port: 80') +
        podYaml('a', { ip: '10.244.1.2', ready: false }) +
        podYaml('b', { ip: '10.244.1.3', terminating: true }),
    );
    expect(conditions(slicesOf(cluster, 'web'))).toEqual(['10.244.1.2 true/false/false', '10.244.1.3 true/true/true']);
  });

  it('skips Failed and Succeeded pods and pods without an IP', () => {
    const cluster = buildCluster(
      WEB +
        podYaml('ok', { ip: '10.244.1.2' }) +
        podYaml('failed', { ip: '10.244.1.3', phase: 'Failed', ready: false }) +
        podYaml('done', {
          ip: '10.244.1.4',
          phase: 'Succeeded',
          ready: false,
        }) +
        podYaml('pending', { ip: null, phase: 'Pending', ready: false }),
    );
    expect(conditions(slicesOf(cluster, 'web'))).toEqual(['10.244.1.2 true/true/false']);
  });
});

describe('the EndpointSlice controller: shape', () => {
  it('names the slice <service>-<5 characters>, labels it for the Service and the controller, IPv4', () => {
    const [slice] = slicesOf(buildCluster(WEB + podYaml('a', { ip: '10.244.1.2' })), 'web');
    expect(slice?.meta.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice?.meta.labels).toEqual({
      'kubernetes.io/service-name': 'web',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    });
    expect(slice).toMatchObject({
      addressType: 'IPv4',
      managed: true,
      ports: [{ name: '', port: 8080, protocol: 'TCP' }],
    });
  });

  it('gives each endpoint its pod, node and the node zone', () => {
    const [slice] = slicesOf(buildCluster(WEB + podYaml('a', { ip: '10.244.2.7', node: 'node2' })), 'web');
    expect(slice?.endpoints).toEqual([
      {
        addresses: ['10.244.2.7'],
        conditions: { ready: true, serving: true, terminating: false },
        nodeName: 'node2',
        zone: 'zone-b',
        targetRef: { kind: 'Pod', namespace: 'default', name: 'a' },
      },
    ]);
  });

  it('groups pods by their resolved port list: a named port on different numbers makes two slices', () => {
    const cluster = buildCluster(
      serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80\n  targetPort: http') +
        podYaml('old', {
          ip: '10.244.1.2',
          ports: '[{name: http, containerPort: 8080}]',
        }) +
        podYaml('old2', {
          ip: '10.244.1.4',
          ports: '[{name: http, containerPort: 8080}]',
        }) +
        podYaml('new', {
          ip: '10.244.1.3',
          ports: '[{name: http, containerPort: 9090}]',
        }),
    );
    const slices = slicesOf(cluster, 'web').map((s) => `${s.ports.map((p) => p.port).join(',')}: ${s.endpoints.map((e) => e.addresses[0]).join(' ')}`);
    expect(slices.sort()).toEqual(['8080: 10.244.1.2 10.244.1.4', '9090: 10.244.1.3']);
  });

  it('keeps a pod that lacks the named port, in a slice whose port list leaves it out', () => {
    const cluster = buildCluster(
      serviceYaml('web', 'selector: {app: web}\nports:\n- port: 80\n  targetPort: http') +
        podYaml('with', {
          ip: '10.244.1.2',
          ports: '[{name: http, containerPort: 8080}]',
        }) +
        podYaml('without', { ip: '10.244.1.3' }),
    );
    const slices = slicesOf(cluster, 'web').map((s) => `[${s.ports.map((p) => p.port).join(',')}]: ${s.endpoints.map((e) => e.addresses[0]).join(' ')}`);
    expect(slices.sort()).toEqual(['[8080]: 10.244.1.2', '[]: 10.244.1.3']);
  });

  it('holds at most 100 endpoints a slice, sorted by IP', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 250
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: x}]}
${WEB}`;
    const slices = slicesOf(buildCluster(text), 'web');
    expect(slices.map((s) => s.endpoints.length)).toEqual([100, 100, 50]);
    expect(new Set(slices.map((s) => s.meta.name)).size).toBe(3);
    const ips = slices.flatMap((s) => s.endpoints.map((e) => e.addresses[0] ?? ''));
    expect(ips).toEqual([...ips].sort());
  });

  it('writes one empty placeholder slice for a Service that selects nothing', () => {
    const slices = slicesOf(buildCluster(WEB), 'web');
    expect(slices).toHaveLength(1);
    expect(slices[0]).toMatchObject({
      ports: [],
      endpoints: [],
      managed: true,
    });
  });

  it('sets hostname only when the pod subdomain is the Service', () => {
    const cluster = buildCluster(
      serviceYaml('db', 'clusterIP: None\nselector: {app: web}\nports:\n- port: 5432') +
        podYaml('db-0', {
          ip: '10.244.1.2',
          hostname: 'db-0',
          subdomain: 'db',
        }) +
        podYaml('db-1', {
          ip: '10.244.1.3',
          hostname: 'db-1',
          subdomain: 'elsewhere',
        }),
    );
    expect(slicesOf(cluster, 'db').flatMap((s) => s.endpoints.map((e) => [e.addresses[0], e.hostname]))).toEqual([
      ['10.244.1.2', 'db-0'],
      ['10.244.1.3', undefined],
    ]);
  });

  it('hints ready endpoints for their own zone under trafficDistribution PreferClose', () => {
    const cluster = buildCluster(
      serviceYaml('web', 'trafficDistribution: PreferClose\nselector: {app: web}\nports:\n- port: 80') +
        podYaml('a', { ip: '10.244.2.2', node: 'node2' }) +
        podYaml('b', { ip: '10.244.3.2', node: 'node3', ready: false }),
    );
    expect(slicesOf(cluster, 'web').flatMap((s) => s.endpoints.map((e) => [e.addresses[0], e.hints]))).toEqual([
      ['10.244.2.2', { forZones: ['zone-b'], forNodes: [] }],
      ['10.244.3.2', undefined],
    ]);
  });

  it('a selector-less Service gets its user Endpoints mirrored into a slice, ready and not-ready kept apart', () => {
    const text = `${serviceYaml('db', 'ports:\n- {name: pg, port: 5432}')}---
apiVersion: v1
kind: Endpoints
metadata: {name: db}
subsets:
- addresses: [{ip: 192.0.2.10}]
  notReadyAddresses: [{ip: 192.0.2.12}]
  ports: [{name: pg, port: 5432}]
`;
    const slices = slicesOf(buildCluster(text), 'db');
    expect(slices).toHaveLength(1);
    expect(slices[0]?.meta.labels).toEqual({
      'kubernetes.io/service-name': 'db',
      'endpointslice.kubernetes.io/managed-by': 'endpointslicemirroring-controller.k8s.io',
    });
    expect(slices[0]?.ports).toEqual([{ name: 'pg', port: 5432, protocol: 'TCP' }]);
    expect(conditions(slices)).toEqual(['192.0.2.10 true/true/false', '192.0.2.12 false/false/false']);
  });

  it('a selector-less Service with user-written EndpointSlices keeps those and mirrors nothing', () => {
    const text = `${serviceYaml('db', 'ports:\n- {name: pg, port: 5432}')}---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: db-manual
  labels: {kubernetes.io/service-name: db}
addressType: IPv4
ports: [{name: pg, port: 5432}]
endpoints:
- addresses: [192.0.2.20]
- addresses: [192.0.2.21]
  conditions: {ready: false}
`;
    const slices = slicesOf(buildCluster(text), 'db');
    expect(slices.map((s) => [s.meta.name, s.managed])).toEqual([['db-manual', false]]);
    // An absent ready condition means ready; serving follows ready unless written.
    expect(conditions(slices)).toEqual(['192.0.2.20 true/true/false', '192.0.2.21 false/false/false']);
  });
});
