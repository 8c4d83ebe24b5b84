import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { createSimulationState } from '../simulate/state';
import { CLIENT, WEB } from '../simulate/test-fixtures';
import { traceRequest } from '../simulate/trace';
import type { TraceSource } from '../simulate/types';
import { diagnoseCluster } from './diagnose-cluster';
import { findingsBehind } from './findings-behind';
import { locatorForText } from './locate-in-text';

/** Traces one request through the text and returns its outcome and the codes of the findings behind it. */
function explain(text: string, target: string, source?: TraceSource) {
  const cluster = buildCluster(text);
  const findings = diagnoseCluster(cluster, { locate: locatorForText(text) });
  const client = cluster.pods.find((pod) => pod.meta.name.startsWith('client-'));
  const from: TraceSource = source ?? { type: 'pod', namespace: 'default', name: client?.meta.name ?? '' };
  const trace = traceRequest(cluster, { source: from, target }, createSimulationState(1));
  const behind = findingsBehind(trace, findings, cluster);
  return { outcome: trace.outcome.type, codes: behind.map((f) => f.code), behind };
}

const TYPO = `
---
apiVersion: v1
kind: Service
metadata: {name: typo}
spec:
  selector: {app: wbe}
  ports: [{port: 80, targetPort: http}]
`;

describe('the findings behind a request', () => {
  it('a refused request to a Service whose selector matches nothing is explained by that finding, with its line', () => {
    const { outcome, codes, behind } = explain([WEB, CLIENT, TYPO].join('\n---\n'), 'typo:80');
    expect(outcome).toBe('refused');
    expect(codes).toEqual(['SVC_SELECTOR_MATCHES_NOTHING']);
    expect(behind[0]?.line).toBeGreaterThan(1);
    expect(behind[0]?.message).toMatch(/app=web/);
  });

  it('a request to a healthy Service carries no finding, even when another Service has one', () => {
    expect(explain([WEB, CLIENT, TYPO].join('\n---\n'), 'web:80')).toMatchObject({ outcome: 'delivered', codes: [] });
  });

  it('the same Service reached by its ClusterIP is explained the same way', () => {
    const cluster = buildCluster([WEB, CLIENT, TYPO].join('\n---\n'));
    const ip = cluster.services.find((s) => s.meta.name === 'typo')?.clusterIP ?? '';
    expect(explain([WEB, CLIENT, TYPO].join('\n---\n'), `${ip}:80`)).toMatchObject({ outcome: 'refused', codes: ['SVC_SELECTOR_MATCHES_NOTHING'] });
  });

  it('a delivered request to a targetPort no container declares carries that caveat', () => {
    const text = [WEB.replace('targetPort: http', 'targetPort: 9090'), CLIENT].join('\n---\n');
    expect(explain(text, 'web:80')).toMatchObject({ outcome: 'delivered', codes: ['SVC_TARGETPORT_NOT_EXPOSED'] });
  });

  it('a delivery is not tagged with a mere "cannot check" note (containers that declare no ports)', () => {
    const text = [WEB.replace(', ports: [{name: http, containerPort: 8080}]', '').replace('targetPort: http', 'targetPort: 8080'), CLIENT].join('\n---\n');
    expect(explain(text, 'web:80')).toMatchObject({ outcome: 'delivered', codes: [] });
  });

  it('a headless name with no ready address is explained by the selector finding', () => {
    const text = [WEB, CLIENT, TYPO.replace('spec:\n  selector: {app: wbe}', 'spec:\n  clusterIP: None\n  selector: {app: wbe}')].join('\n---\n');
    const { outcome, codes } = explain(text, 'typo');
    expect(outcome).toBe('nxdomain');
    expect(codes).toContain('SVC_SELECTOR_MATCHES_NOTHING');
  });

  it('an Ingress that names no known class explains the 404 for its host, and only for its host', () => {
    const ingress = `
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  ingressClassName: nope
  rules:
  - host: shop.example.com
    http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}
`;
    const outside: TraceSource = { type: 'external' };
    const shop = explain(WEB + ingress, 'http://shop.example.com/', outside);
    expect(shop.outcome).toBe('http-404');
    expect(shop.codes).toEqual(['INGRESS_CLASS_MISSING']);
    expect(explain(WEB + ingress, 'http://other.example.com/', outside).codes).toEqual([]);
  });

  it('a NodePort request dropped by the Local policy is explained by the Local policy finding', () => {
    const text = `${WEB}
---
${CLIENT}
---
apiVersion: v1
kind: Service
metadata: {name: edge}
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector: {app: client}
  ports: [{port: 80, nodePort: 30080}]
`;
    const cluster = buildCluster(text);
    const empty = cluster.nodes.find((node) => !node.controlPlane && !cluster.pods.some((p) => p.meta.name.startsWith('client-') && p.nodeName === node.name));
    const { outcome, codes } = explain(text, `${empty?.internalIP ?? ''}:30080`, { type: 'external' });
    expect(outcome).toBe('dropped');
    expect(codes).toContain('SVC_LOCAL_POLICY_NODES_WITHOUT_ENDPOINTS');
  });
});
