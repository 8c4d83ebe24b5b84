import { describe, expect, it } from 'vitest';
import { deployment, findingsOf, lineOf, service } from './test-fixtures';

const sts = deployment('web', { app: 'nginx' }, { kind: 'StatefulSet', extraSpec: '  serviceName: nginx', ports: '[{containerPort: 80, name: web}]' });

describe('STATEFULSET_SERVICE_MISSING', () => {
  it('fires when spec.serviceName names no Service, at the field', () => {
    const text = sts + service('ngnix', { app: 'nginx' }, { ports: '[{port: 80}]', extraSpec: '  clusterIP: None' });
    const [d] = findingsOf('STATEFULSET_SERVICE_MISSING', text);
    expect(d?.object).toEqual({ kind: 'StatefulSet', namespace: 'default', name: 'web' });
    expect(d?.message).toContain('web-0.nginx.default.svc.cluster.local do not resolve');
    expect(d?.message).toContain('Did you mean ngnix?');
    expect(d?.line).toBe(lineOf(text, 'serviceName:'));
  });

  it('does not fire with the headless Service in place', () => {
    const text = sts + service('nginx', { app: 'nginx' }, { ports: '[{port: 80}]', extraSpec: '  clusterIP: None' });
    expect(findingsOf('STATEFULSET_SERVICE_MISSING', text)).toEqual([]);
    expect(findingsOf('STATEFULSET_SERVICE_NOT_HEADLESS', text)).toEqual([]);
    expect(findingsOf('STATEFULSET_SERVICE_DOES_NOT_SELECT_PODS', text)).toEqual([]);
  });
});

describe('STATEFULSET_SERVICE_NOT_HEADLESS', () => {
  it('fires when the governing Service has a clusterIP', () => {
    const [d] = findingsOf('STATEFULSET_SERVICE_NOT_HEADLESS', sts + service('nginx', { app: 'nginx' }, { ports: '[{port: 80}]' }));
    expect(d?.message).toContain('not headless');
    expect(d?.hint).toContain('clusterIP: None');
  });
});

describe('STATEFULSET_SERVICE_DOES_NOT_SELECT_PODS', () => {
  it('fires when the headless Service selects other labels', () => {
    const [d] = findingsOf('STATEFULSET_SERVICE_DOES_NOT_SELECT_PODS', sts + service('nginx', { app: 'web' }, { ports: '[{port: 80}]', extraSpec: '  clusterIP: None' }));
    expect(d?.message).toContain('Service nginx selects app=web but the pod template has app=nginx');
  });

  it('does not fire for a StatefulSet without serviceName', () => {
    const plain = deployment('db', { app: 'db' }, { kind: 'StatefulSet' });
    expect(findingsOf('STATEFULSET_SERVICE_DOES_NOT_SELECT_PODS', plain)).toEqual([]);
    expect(findingsOf('STATEFULSET_SERVICE_MISSING', plain)).toEqual([]);
  });
});
