import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cluster, pod, port, service, workload } from '../dns/test-fixtures';
import { envName, explainServiceEnvVars, serviceEnvVars } from './service-env';

const asText = (vars: readonly { name: string; value: string }[]): string[] => vars.map((v) => `${v.name}=${v.value}`);
const KUBERNETES_VARS = [
  'KUBERNETES_SERVICE_HOST=10.96.0.1',
  'KUBERNETES_SERVICE_PORT=443',
  'KUBERNETES_SERVICE_PORT_HTTPS=443',
  'KUBERNETES_PORT=tcp://10.96.0.1:443',
  'KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443',
  'KUBERNETES_PORT_443_TCP_PROTO=tcp',
  'KUBERNETES_PORT_443_TCP_PORT=443',
  'KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1',
];

describe('serviceEnvVars', () => {
  it('gives every pod the kubernetes Service variables of the reference, in order', () => {
    expect(asText(serviceEnvVars(cluster(), pod('shop', 'p', { order: 5 })))).toEqual(KUBERNETES_VARS);
  });

  it('orders one Service as host, port, named ports, first-port link, then per-port link variables', () => {
    const api = service('default', 'my-api', {
      clusterIP: '10.96.5.5',
      order: 1,
      ports: [port('http', 80), port('grpc-web', 8443), port('dns', 53, 'UDP')],
    });
    const vars = asText(serviceEnvVars(cluster({ services: [api] }), pod('default', 'client', { order: 2 }))).filter((v) => v.startsWith('MY_API'));
    expect(vars).toEqual([
      'MY_API_SERVICE_HOST=10.96.5.5',
      'MY_API_SERVICE_PORT=80',
      'MY_API_SERVICE_PORT_HTTP=80',
      'MY_API_SERVICE_PORT_GRPC_WEB=8443',
      'MY_API_SERVICE_PORT_DNS=53',
      'MY_API_PORT=tcp://10.96.5.5:80',
      'MY_API_PORT_80_TCP=tcp://10.96.5.5:80',
      'MY_API_PORT_80_TCP_PROTO=tcp',
      'MY_API_PORT_80_TCP_PORT=80',
      'MY_API_PORT_80_TCP_ADDR=10.96.5.5',
      'MY_API_PORT_8443_TCP=tcp://10.96.5.5:8443',
      'MY_API_PORT_8443_TCP_PROTO=tcp',
      'MY_API_PORT_8443_TCP_PORT=8443',
      'MY_API_PORT_8443_TCP_ADDR=10.96.5.5',
      'MY_API_PORT_53_UDP=udp://10.96.5.5:53',
      'MY_API_PORT_53_UDP_PROTO=udp',
      'MY_API_PORT_53_UDP_PORT=53',
      'MY_API_PORT_53_UDP_ADDR=10.96.5.5',
    ]);
  });

  it('has no named-port variable for an unnamed port, and keeps an all-digit port name as is', () => {
    const plain = service('default', 'plain', { clusterIP: '10.96.5.6', order: 1, ports: [port('', 8080)] });
    const quux = service('default', 'q-u-u-x', { clusterIP: '10.96.5.7', order: 1, ports: [port('8083', 8083)] });
    const vars = asText(serviceEnvVars(cluster({ services: [plain, quux] }), pod('default', 'p', { order: 2 })));
    expect(vars.filter((v) => v.startsWith('PLAIN_SERVICE'))).toEqual(['PLAIN_SERVICE_HOST=10.96.5.6', 'PLAIN_SERVICE_PORT=8080']);
    expect(vars).toContain('Q_U_U_X_SERVICE_PORT_8083=8083');
  });

  it('sees only Services of its own namespace, plus default/kubernetes', () => {
    const other = service('shop', 'cart', { clusterIP: '10.96.5.8', order: 1 });
    const vars = asText(serviceEnvVars(cluster({ services: [other] }), pod('default', 'p', { order: 2 })));
    expect(vars).toEqual(KUBERNETES_VARS);
  });

  it('does not see a Service created after the pod', () => {
    const late = service('default', 'late', { clusterIP: '10.96.5.9', order: 3 });
    const c = cluster({ services: [late] });
    const p = pod('default', 'early', { order: 2 });
    expect(serviceEnvVars(c, p).some((v) => v.name.startsWith('LATE_'))).toBe(false);
    expect(explainServiceEnvVars(c, p).find((d) => d.service.name === 'late')?.reason).toBe('created-after-pod');
  });

  it('sees a Service written after a workload once the workload was applied later still', () => {
    const svc = service('default', 'backend', { clusterIP: '10.96.6.1', order: 2 });
    const early = pod('default', 'web-1', { order: 1, workload: { kind: 'Deployment', name: 'web' } });
    const c = (deploymentOrder: number) => cluster({ services: [svc], workloads: [workload('default', 'web', 'Deployment', deploymentOrder)] });
    expect(serviceEnvVars(c(3), early).some((v) => v.name === 'BACKEND_SERVICE_HOST')).toBe(true);
    expect(serviceEnvVars(c(1), early).some((v) => v.name === 'BACKEND_SERVICE_HOST')).toBe(false);
  });

  it('skips headless and ExternalName Services', () => {
    const headless = service('default', 'db', { clusterIP: 'None', order: 1 });
    const ext = service('default', 'ext', { type: 'ExternalName', clusterIP: '', externalName: 'example.com', order: 1, ports: [] });
    const c = cluster({ services: [headless, ext] });
    const p = pod('default', 'p', { order: 2 });
    expect(asText(serviceEnvVars(c, p))).toEqual(KUBERNETES_VARS);
    const reasons = Object.fromEntries(explainServiceEnvVars(c, p).map((d) => [d.service.name, d.reason]));
    expect(reasons).toMatchObject({ db: 'headless', ext: 'no-cluster-ip', kubernetes: 'included' });
  });

  it('keeps only KUBERNETES_* when enableServiceLinks is false', () => {
    const svc = service('default', 'web', { clusterIP: '10.96.6.2', order: 1 });
    const p = pod('default', 'p', { order: 2, enableServiceLinks: false });
    expect(asText(serviceEnvVars(cluster({ services: [svc] }), p))).toEqual(KUBERNETES_VARS);
  });

  it('lets a same-namespace Service named kubernetes replace the default one', () => {
    const own = service('shop', 'kubernetes', { clusterIP: '10.96.6.3', order: 1, ports: [port('http', 80)] });
    const c = cluster({ services: [own] });
    const vars = asText(serviceEnvVars(c, pod('shop', 'p', { order: 2 })));
    expect(vars.slice(0, 2)).toEqual(['KUBERNETES_SERVICE_HOST=10.96.6.3', 'KUBERNETES_SERVICE_PORT=80']);
    expect(vars.filter((v) => v.includes('10.96.0.1'))).toEqual([]);
    // Without service links the pod's own namespace is not read: the default one stays.
    expect(asText(serviceEnvVars(c, pod('shop', 'q', { order: 2, enableServiceLinks: false })))).toEqual(KUBERNETES_VARS);
  });

  it('lists Services by name so the result is stable', () => {
    const b = service('default', 'b', { clusterIP: '10.96.6.5', order: 1 });
    const a = service('default', 'a', { clusterIP: '10.96.6.4', order: 1 });
    const hosts = serviceEnvVars(cluster({ services: [b, a] }), pod('default', 'p', { order: 2 }))
      .filter((v) => v.name.endsWith('_SERVICE_HOST'))
      .map((v) => v.name);
    expect(hosts).toEqual(['A_SERVICE_HOST', 'B_SERVICE_HOST', 'KUBERNETES_SERVICE_HOST']);
  });

  it('brackets an IPv6 cluster IP in the link URLs', () => {
    const v6 = service('default', 'v6', { clusterIP: 'fd00::10', order: 1, ports: [port('', 80)] });
    const vars = asText(serviceEnvVars(cluster({ services: [v6] }), pod('default', 'p', { order: 2 })));
    expect(vars).toContain('V6_PORT=tcp://[fd00::10]:80');
    expect(vars).toContain('V6_PORT_80_TCP_ADDR=fd00::10');
  });
});

describe('envName', () => {
  it('only upper-cases and turns dashes into underscores', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9-]{1,20}$/), (name) => {
        const out = envName(name);
        expect(out).toBe(name.toUpperCase().split('-').join('_'));
        expect(out).toMatch(/^[A-Z0-9_]+$/);
      }),
    );
  });
});
