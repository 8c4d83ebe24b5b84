import { describe, expect, it } from 'vitest';
import { deployment, findingsOf, lineOf, service } from './test-fixtures';

const one = deployment('web', { app: 'web' }, { replicas: 1, ports: '[{containerPort: 8080}]' });
const everywhere = deployment('agent', { app: 'web' }, { kind: 'DaemonSet', ports: '[{containerPort: 8080}]' });
const local = (type: 'NodePort' | 'LoadBalancer'): string =>
  service('web', { app: 'web' }, { ports: '[{port: 80, targetPort: 8080, nodePort: 30080}]', extraSpec: `  type: ${type}\n  externalTrafficPolicy: Local` });

describe('SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS', () => {
  it('lists the nodes whose NodePort drops traffic under externalTrafficPolicy: Local', () => {
    const text = one + local('NodePort');
    const [d] = findingsOf('SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS', text);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toMatch(/only node\d has a ready endpoint/);
    expect(d?.message).toMatch(/Traffic to NodePort 30080 on node\d and node\d is dropped \(2 nodes without a local endpoint/);
    expect(d?.line).toBe(lineOf(text, 'externalTrafficPolicy'));
  });

  it('explains the load balancer health check for type LoadBalancer', () => {
    const [d] = findingsOf('SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS', one + local('LoadBalancer'));
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('/healthz answers 503 there');
    expect(d?.message).toMatch(/healthCheckNodePort \d+/);
  });

  it('names the client pods stranded by internalTrafficPolicy: Local', () => {
    const clients = deployment('client', { app: 'client' }, { replicas: 3 });
    const svc = service('web', { app: 'web' }, { extraSpec: '  internalTrafficPolicy: Local' });
    const [d] = findingsOf('SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS', one + clients + svc);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('calling the clusterIP get their packets dropped');
    expect(d?.message).toMatch(/client-[a-z0-9]+-[a-z0-9]+/);
  });

  it('does not fire when every worker runs an endpoint, nor with policy Cluster', () => {
    expect(findingsOf('SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS', everywhere + local('NodePort'))).toEqual([]);
    const cluster = service('web', { app: 'web' }, { extraSpec: '  type: NodePort' });
    expect(findingsOf('SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS', one + cluster)).toEqual([]);
  });
});
