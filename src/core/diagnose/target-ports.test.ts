import { describe, expect, it } from 'vitest';
import { deployment, findingsOf, lineOf, service } from './test-fixtures';

describe('SVC_TARGETPORT_NOT_EXPOSED', () => {
  it('warns when the containers declare other ports, and says kube-proxy forwards anyway', () => {
    const text = deployment('web', { app: 'web' }, { ports: '[{containerPort: 8080}]' }) + service('web', { app: 'web' }, { ports: '[{port: 80, targetPort: 9090}]' });
    const [d] = findingsOf('SVC_TARGETPORT_NOT_EXPOSED', text);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('targetPort 9090 is not declared by Deployment web (it declares 8080/TCP)');
    expect(d?.message).toContain('kube-proxy still forwards to podIP:9090 (containerPort is informational only)');
    expect(d?.hint).toContain('Set targetPort: 8080');
    expect(d?.field).toBe('spec.ports[0].targetPort');
    expect(d?.line).toBe(lineOf(text, 'targetPort: 9090'));
  });

  it('flags a Service port equal to the containerPort with a different targetPort as a likely mistake', () => {
    const text = deployment('nginx', { app: 'nginx' }, { ports: '[{containerPort: 80}]' }) + service('nginx', { app: 'nginx' }, { ports: '[{port: 80, targetPort: 8080}]' });
    const [d] = findingsOf('SVC_TARGETPORT_NOT_EXPOSED', text);
    expect(d?.message).toContain('port 80 → targetPort 8080, but Deployment nginx declares containerPort 80');
    expect(d?.hint).toBe('Set targetPort: 80 (the port the container listens on).');
  });

  it('flags a port declared with another protocol', () => {
    const text = deployment('dns', { app: 'dns' }, { ports: '[{containerPort: 53, protocol: UDP}]' }) + service('dns', { app: 'dns' }, { ports: '[{port: 53}]' });
    const [d] = findingsOf('SVC_TARGETPORT_NOT_EXPOSED', text);
    expect(d?.message).toContain('declares 53/UDP, another protocol');
    expect(d?.hint).toContain('protocol: UDP');
  });

  it('is only info when the containers declare no ports at all', () => {
    const text = deployment('web', { app: 'web' }) + service('web', { app: 'web' });
    const [d] = findingsOf('SVC_TARGETPORT_NOT_EXPOSED', text);
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('declares no container ports');
  });

  it('does not fire when the targetPort is declared, nor for headless Services', () => {
    const declared = deployment('web', { app: 'web' }, { ports: '[{containerPort: 8080}]' });
    expect(findingsOf('SVC_TARGETPORT_NOT_EXPOSED', declared + service('web', { app: 'web' }))).toEqual([]);
    const headless = service('web', { app: 'web' }, { ports: '[{port: 80, targetPort: 9090}]', extraSpec: '  clusterIP: None' });
    expect(findingsOf('SVC_TARGETPORT_NOT_EXPOSED', declared + headless)).toEqual([]);
  });
});

describe('SVC_NAMED_TARGETPORT_MISSING', () => {
  const svc = service('myapp', { app: 'myapp' }, { ports: '[{port: 38080, targetPort: myapp-port}]' });
  const named = deployment('myapp', { app: 'myapp', version: 'v1' }, { ports: '[{containerPort: 8080, name: myapp-port}]' });

  it('names the workload whose pods lack the port, when only some do', () => {
    const unnamed = deployment('myapp2', { app: 'myapp', version: 'v2' }, { replicas: 1, ports: '[{containerPort: 8080}]' });
    const [d] = findingsOf('SVC_NAMED_TARGETPORT_MISSING', named + unnamed + svc);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('1 of 3 selected pods lack it');
    expect(d?.message).toContain('1 pod of Deployment myapp2: its ports are 8080/TCP');
    expect(d?.message).toContain('only the other 2 answer it');
    expect(d?.hint).toContain('Deployment myapp2');
  });

  it('says the Service has no endpoints when no pod has the port', () => {
    const [d] = findingsOf('SVC_NAMED_TARGETPORT_MISSING', deployment('myapp', { app: 'myapp' }) + svc);
    expect(d?.message).toContain('no selected pod has it');
    expect(d?.message).toContain('it declares no ports');
    expect(d?.message).toContain('the Service has no endpoints');
  });

  it('explains the near misses: case, protocol, a container name', () => {
    const upper = deployment('myapp', { app: 'myapp' }, { ports: '[{containerPort: 8080, name: Myapp-port}]' });
    expect(findingsOf('SVC_NAMED_TARGETPORT_MISSING', upper + svc)[0]?.message).toContain('names are case-sensitive');
    const udp = deployment('myapp', { app: 'myapp' }, { ports: '[{containerPort: 8080, name: myapp-port, protocol: UDP}]' });
    expect(findingsOf('SVC_NAMED_TARGETPORT_MISSING', udp + svc)[0]?.message).toContain('its port myapp-port is UDP, not TCP');
    const byContainer = deployment('myapp', { app: 'myapp' }, { ports: '[{containerPort: 8080}]' });
    const svcByContainer = service('myapp', { app: 'myapp' }, { ports: '[{port: 80, targetPort: myapp}]' });
    expect(findingsOf('SVC_NAMED_TARGETPORT_MISSING', byContainer + svcByContainer)[0]?.message).toContain('"myapp" is a container name, not a port name');
  });

  it('does not fire when every selected pod has the named port', () => {
    expect(findingsOf('SVC_NAMED_TARGETPORT_MISSING', named + svc)).toEqual([]);
  });
});
