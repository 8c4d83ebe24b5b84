import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { FINDING_CODES } from './codes';
import { diagnoseCluster } from './diagnose-cluster';
import { locatorForText } from './locate-in-text';

/**
 * Manifests from small vocabularies, so that selectors, port names, namespaces and hosts collide often
 * (typos included) and every check gets to its interesting branches, plus raw and truncated text.
 */
const name = fc.constantFrom('web', 'wbe', 'myapp', 'myap', 'db', 'nginx');
const namespace = fc.constantFrom(undefined, undefined, 'default', 'other');
const labels = fc.dictionary(fc.constantFrom('app', 'apps', 'App', 'version', 'tier'), fc.constantFrom('myapp', 'myap', 'MyApp', 'v1', 'v2', 'web', ''), { maxKeys: 3 });
const portName = fc.constantFrom(undefined, 'http', 'Http', 'web', 'myapp');
const protocol = fc.constantFrom(undefined, 'TCP', 'UDP');
const number = fc.constantFrom(53, 80, 8080, 9376, 0, 70000);
const meta = fc.record({ name, namespace, labels: fc.option(labels, { nil: undefined }) }, { requiredKeys: ['name'] });
const containerPort = fc.record({ containerPort: number, name: portName, protocol }, { requiredKeys: ['containerPort'] });
const podSpec = fc.record({
  containers: fc.array(fc.record({ name, image: fc.constant('x'), ports: fc.array(containerPort, { maxLength: 2 }) }), { maxLength: 2 }),
  nodeSelector: fc.option(fc.constant({ disktype: 'ssd' }), { nil: undefined }),
});
const workload = fc.record({
  apiVersion: fc.constant('apps/v1'),
  kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet'),
  metadata: meta,
  spec: fc.record({ replicas: fc.nat(3), serviceName: fc.option(name, { nil: undefined }), selector: fc.record({ matchLabels: labels }), template: fc.record({ metadata: fc.record({ labels }), spec: podSpec }) }),
});
type PortShape = { name?: string | undefined; port: number; targetPort?: number | string | undefined; protocol?: string | undefined; nodePort?: number | undefined };
const servicePort: fc.Arbitrary<PortShape> = fc.record({ name: portName, port: fc.constantFrom(53, 80, 8080), targetPort: fc.oneof(number, portName), protocol, nodePort: fc.constantFrom(undefined, 30080) });
const servicePorts: fc.Arbitrary<PortShape[]> = fc.oneof(
  { arbitrary: fc.array(servicePort, { minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.tuple(servicePort, servicePort).map(([a, b]) => [{ ...a, name: 'http', port: 80 }, { ...b, name: 'web', port: 8080 }]), weight: 1 },
  { arbitrary: fc.array(servicePort, { maxLength: 3 }), weight: 1 },
);
const serviceSpec = fc
  .record({
    selector: fc.option(labels, { nil: undefined, freq: 4 }),
    ports: servicePorts,
    type: fc.constantFrom(undefined, 'ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'),
    clusterIP: fc.constantFrom(undefined, 'None'),
    externalName: fc.constantFrom(undefined, 'db.example.com', '10.1.2.3'),
    externalTrafficPolicy: fc.constantFrom(undefined, 'Local'),
    internalTrafficPolicy: fc.constantFrom(undefined, 'Local'),
    sessionAffinity: fc.constantFrom(undefined, 'ClientIP'),
    publishNotReadyAddresses: fc.constantFrom(undefined, true),
  })
  // Mostly what the API server accepts, so that the checks behind validation get exercised; the
  // third variant keeps some invalid combinations.
  .map((spec) => {
    const external = spec.type === 'NodePort' || spec.type === 'LoadBalancer';
    return {
      ...spec,
      clusterIP: external || spec.type === 'ExternalName' ? undefined : spec.clusterIP,
      externalTrafficPolicy: external ? spec.externalTrafficPolicy : undefined,
      ports: spec.ports.map((p) => (external ? p : { ...p, nodePort: undefined })),
    };
  });
const service = fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Service'), metadata: meta, spec: serviceSpec });
const dumpPod = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Pod'),
  metadata: fc.record({ name, namespace, labels, deletionTimestamp: fc.constantFrom(undefined, '2024-01-01T00:00:00Z') }),
  spec: podSpec.map((p) => ({ ...p, nodeName: 'node1' })),
  status: fc.record({ phase: fc.constantFrom('Running', 'Pending'), podIP: fc.constantFrom(undefined, '10.244.1.7'), conditions: fc.constantFrom([{ type: 'Ready', status: 'True' }], [{ type: 'Ready', status: 'False' }]) }),
});
const endpoints = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Endpoints'),
  metadata: meta,
  subsets: fc.array(fc.record({ addresses: fc.array(fc.record({ ip: fc.constantFrom('1.2.3.4', '10.244.1.9') }), { maxLength: 2 }), notReadyAddresses: fc.array(fc.record({ ip: fc.constant('10.0.0.5') }), { maxLength: 1 }), ports: fc.array(fc.record({ name: portName, port: number }), { maxLength: 2 }) }), { maxLength: 2 }),
});
const backend = fc.record({ service: fc.record({ name, port: fc.oneof(fc.record({ number }), fc.record({ name: fc.constantFrom('http', 'web') })) }) });
const host = fc.constantFrom('a.example.com', 'b.example.com', '*.example.com', '');
const ingress = fc.record({
  apiVersion: fc.constant('networking.k8s.io/v1'),
  kind: fc.constant('Ingress'),
  metadata: meta,
  spec: fc.record({
    ingressClassName: fc.constantFrom(undefined, 'nginx', 'ngnix'),
    rules: fc.array(fc.record({ host, http: fc.record({ paths: fc.array(fc.record({ path: fc.constant('/'), pathType: fc.constant('Prefix'), backend }), { maxLength: 2 }) }) }), { maxLength: 2 }),
    tls: fc.array(fc.record({ hosts: fc.array(host, { maxLength: 2 }) }), { maxLength: 1 }),
    defaultBackend: fc.option(backend, { nil: undefined }),
  }),
});
const ingressClass = fc.record({ apiVersion: fc.constant('networking.k8s.io/v1'), kind: fc.constant('IngressClass'), metadata: fc.record({ name: fc.constantFrom('nginx', 'traefik'), annotations: fc.option(fc.constant({ 'ingressclass.kubernetes.io/is-default-class': 'true' }), { nil: undefined }) }) });
const manifests = fc
  .array(fc.oneof(workload, workload, service, service, dumpPod, endpoints, ingress, ingressClass), { maxLength: 8 })
  .map((objects) => objects.map((o) => JSON.stringify(o)).join('\n---\n'));

function check(text: string): void {
  const cluster = buildCluster(text);
  const found = diagnoseCluster(cluster, { locate: locatorForText(text) });
  for (const d of found) {
    expect(Object.keys(FINDING_CODES)).toContain(d.code);
    expect(d.code, d.message).not.toBe('DIAGNOSE_CHECK_FAILED');
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.hint?.length ?? 0).toBeGreaterThan(0);
    expect(d.object).toBeDefined();
    // Only user-written objects are judged, so every finding has a place in the text.
    expect(d.line).toBeGreaterThan(0);
  }
  expect(diagnoseCluster(cluster, { locate: locatorForText(text) })).toEqual(found);
}

describe('diagnoseCluster properties', () => {
  it('never throws, and every finding is coded, located and stable, on generated manifests', () => {
    fc.assert(fc.property(manifests, check), { numRuns: 150 });
  });

  it('never throws on arbitrary or truncated text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 100 });
    fc.assert(fc.property(manifests, fc.nat(), (text, cut) => check(text.slice(0, cut % (text.length + 1)))), { numRuns: 100 });
  });
});
