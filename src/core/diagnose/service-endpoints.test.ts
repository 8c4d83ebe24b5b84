import { describe, expect, it } from 'vitest';
import { deployment, findingsOf, service } from './test-fixtures';

const dumpPod = (name: string, ready: boolean, extra = ''): string => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: web}${extra}
spec:
  nodeName: node1
  containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]
status:
  phase: Running
  podIP: 10.244.1.${name.length + 10}
  conditions: [{type: Ready, status: "${ready ? 'True' : 'False'}"}]
`;

const manualEndpoints = (name: string, body: string): string => `---
apiVersion: v1
kind: Endpoints
metadata:
  name: ${name}
subsets:
${body}`;

describe('SVC_ALL_ENDPOINTS_UNREADY', () => {
  it('fires when every selected pod is unready, naming them', () => {
    const text = dumpPod('web-1', false) + dumpPod('web-22', false) + service('web', { app: 'web' });
    const [d] = findingsOf('SVC_ALL_ENDPOINTS_UNREADY', text);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('all 2 endpoints of the Service are not ready (web-1 and web-22)');
    expect(d?.message).toContain('connections to it are refused');
  });

  it('mentions kube-proxy’s fallback to serving, terminating endpoints', () => {
    const text = dumpPod('web-1', true, '\n  deletionTimestamp: "2024-01-01T00:00:00Z"') + service('web', { app: 'web' });
    const [d] = findingsOf('SVC_ALL_ENDPOINTS_UNREADY', text);
    expect(d?.message).toContain('falls back to the 1 serving, terminating endpoint (web-1)');
  });

  it('fires for hand-written Endpoints that only have notReadyAddresses', () => {
    const text = service('db', undefined, { ports: '[{port: 5432}]' }) + manualEndpoints('db', '- notReadyAddresses: [{ip: 10.0.0.5}]\n  ports: [{port: 5432}]\n');
    expect(findingsOf('SVC_ALL_ENDPOINTS_UNREADY', text)).toHaveLength(1);
  });

  it('does not fire when one endpoint is ready, nor with publishNotReadyAddresses', () => {
    expect(findingsOf('SVC_ALL_ENDPOINTS_UNREADY', dumpPod('web-1', false) + dumpPod('web-22', true) + service('web', { app: 'web' }))).toEqual([]);
    const publish = service('web', { app: 'web' }, { extraSpec: '  publishNotReadyAddresses: true' });
    expect(findingsOf('SVC_ALL_ENDPOINTS_UNREADY', dumpPod('web-1', false) + publish)).toEqual([]);
  });
});

describe('SVC_NO_ENDPOINTS', () => {
  it('fires for a selector-less Service without Endpoints and points at a near-named Endpoints', () => {
    const text = service('my-service', undefined) + manualEndpoints('my-servcie', '- addresses: [{ip: 1.2.3.4}]\n  ports: [{port: 9376}]\n');
    const [d] = findingsOf('SVC_NO_ENDPOINTS', text);
    expect(d?.message).toContain('the text has no Endpoints or EndpointSlice for it');
    expect(d?.message).toContain('Endpoints default/my-servcie exist');
    expect(d?.hint).toContain('create Endpoints named my-service');
  });

  it('does not fire when the Endpoints exist (the study note’s svc-no-selector)', () => {
    const text = service('svc-no-selector', undefined, { ports: '[{port: 38081, targetPort: 80}]' }) + manualEndpoints('svc-no-selector', '  - addresses:\n      - ip: 47.93.22.98\n    ports:\n      - port: 80\n');
    expect(findingsOf('SVC_NO_ENDPOINTS', text)).toEqual([]);
    expect(findingsOf('SVC_PORT_NAME_MISMATCH_ENDPOINTS', text)).toEqual([]);
    expect(findingsOf('SVC_TARGETPORT_IGNORED_WITHOUT_SELECTOR', text)).toEqual([]);
  });
});

describe('SVC_PORT_NAME_MISMATCH_ENDPOINTS', () => {
  it('fires when the Service port is named and the Endpoints port is not', () => {
    const text = service('etcd', undefined, { ports: '[{name: client, port: 2379}]' }) + manualEndpoints('etcd', '- addresses: [{ip: 10.0.0.1}]\n  ports: [{port: 2379}]\n');
    const [d] = findingsOf('SVC_PORT_NAME_MISMATCH_ENDPOINTS', text);
    expect(d?.message).toContain('port "client" (2379/TCP) has no Endpoints port with the same name');
    expect(d?.message).toContain('the Endpoints have unnamed 2379/TCP');
    expect(d?.hint).toContain('name: client');
  });

  it('does not fire when the names agree (the etcd headless example)', () => {
    const text = service('etcd-k8s', undefined, { ports: '[{name: port, port: 2379, protocol: TCP}]', extraSpec: '  clusterIP: None' }) +
      manualEndpoints('etcd-k8s', '- addresses: [{ip: 22.22.3.231, nodeName: etcd01}]\n  ports: [{name: port, port: 2379, protocol: TCP}]\n');
    expect(findingsOf('SVC_PORT_NAME_MISMATCH_ENDPOINTS', text)).toEqual([]);
  });
});

describe('SVC_TARGETPORT_IGNORED_WITHOUT_SELECTOR', () => {
  it('says traffic goes to the Endpoints port, not targetPort', () => {
    const text = service('my-service', undefined, { ports: '[{protocol: TCP, port: 80, targetPort: 80}]' }) + manualEndpoints('my-service', '  - addresses:\n      - ip: 1.2.3.4\n    ports:\n      - port: 9376\n');
    const [d] = findingsOf('SVC_TARGETPORT_IGNORED_WITHOUT_SELECTOR', text);
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain("port 80: traffic goes to the Endpoints' port 9376; targetPort 80 is not used");
  });

  it('does not fire for Services with a selector', () => {
    expect(findingsOf('SVC_TARGETPORT_IGNORED_WITHOUT_SELECTOR', deployment('web', { app: 'web' }) + service('web', { app: 'web' }))).toEqual([]);
  });
});
