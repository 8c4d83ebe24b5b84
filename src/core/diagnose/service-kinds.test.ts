import { describe, expect, it } from 'vitest';
import { deployment, findingsOf, lineOf, service } from './test-fixtures';

const externalName = (name: string, ports = ''): string => `---
apiVersion: v1
kind: Service
metadata:
  name: svc-external-name
spec:
  type: ExternalName
  externalName: ${name}${ports ? `\n  ports: ${ports}` : ''}
`;

describe('SVC_EXTERNALNAME_WITH_PORTS', () => {
  it('says ports of an ExternalName Service are ignored', () => {
    const [d] = findingsOf('SVC_EXTERNALNAME_WITH_PORTS', externalName('www.aneasystone.com', '[{port: 80, targetPort: 8080}]'));
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('spec.ports are ignored (80 → 8080 is never applied)');
  });

  it('does not fire without ports (the study note’s example)', () => {
    expect(findingsOf('SVC_EXTERNALNAME_WITH_PORTS', externalName('www.aneasystone.com'))).toEqual([]);
  });
});

describe('SVC_EXTERNALNAME_IS_IP', () => {
  it('fires for an IP address, pointing at the field', () => {
    const text = externalName('47.93.22.98');
    const [d] = findingsOf('SVC_EXTERNALNAME_IS_IP', text);
    expect(d?.severity).toBe('warning');
    expect(d?.line).toBe(lineOf(text, 'externalName:'));
    expect(d?.hint).toContain('Endpoints');
  });

  it('does not fire for a host name', () => {
    expect(findingsOf('SVC_EXTERNALNAME_IS_IP', externalName('db.example.com'))).toEqual([]);
  });
});

describe('SVC_HEADLESS_WITH_AFFINITY', () => {
  const pods = deployment('web', { app: 'web' }, { ports: '[{containerPort: 80}]' });
  it('says sessionAffinity does nothing on a headless Service', () => {
    const text = pods + service('web', { app: 'web' }, { ports: '[{port: 80}]', extraSpec: '  clusterIP: None\n  sessionAffinity: ClientIP' });
    const [d] = findingsOf('SVC_HEADLESS_WITH_AFFINITY', text);
    expect(d?.severity).toBe('info');
    expect(d?.line).toBe(lineOf(text, 'sessionAffinity'));
  });

  it('does not fire on a ClusterIP Service with affinity', () => {
    expect(findingsOf('SVC_HEADLESS_WITH_AFFINITY', pods + service('web', { app: 'web' }, { ports: '[{port: 80}]', extraSpec: '  sessionAffinity: ClientIP' }))).toEqual([]);
  });
});

describe('SVC_HEADLESS_PORT_REMAP', () => {
  const pods = deployment('web', { app: 'web' }, { ports: '[{containerPort: 8080}]' });
  it('says a headless Service does not map port to targetPort', () => {
    const [d] = findingsOf('SVC_HEADLESS_PORT_REMAP', pods + service('web', { app: 'web' }, { extraSpec: '  clusterIP: None' }));
    expect(d?.message).toContain('a client calling web:80 reaches podIP:80, not 8080');
  });

  it('does not fire when port equals targetPort', () => {
    expect(findingsOf('SVC_HEADLESS_PORT_REMAP', pods + service('web', { app: 'web' }, { ports: '[{port: 8080}]', extraSpec: '  clusterIP: None' }))).toEqual([]);
  });
});
