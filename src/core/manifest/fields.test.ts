import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { buildCluster } from '../model/build-cluster';
import { displayPath, FieldReader } from './fields';
import { readManifests } from './objects';

const wrongTypes = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.code === 'FIELD_WRONG_TYPE');

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    tier: 3
    canary: true
spec:
  replicas: "3"
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
        ports: 80
`;

describe('wrong field types', () => {
  it('replicas: "3" is FIELD_WRONG_TYPE at its line and column, and the Deployment falls back to 1 replica', () => {
    const cluster = buildCluster(DEPLOYMENT);
    const replicas = wrongTypes(cluster.diagnostics).find((d) => d.field === 'spec.replicas');
    expect(replicas).toMatchObject({
      severity: 'error',
      line: 9,
      column: 3,
      object: { kind: 'Deployment', name: 'web' },
    });
    expect(replicas?.message).toBe('spec.replicas must be an integer, not the string "3"; the field was ignored.');
    expect(cluster.pods.filter((p) => p.workload?.name === 'web')).toHaveLength(1);
  });

  it('container ports: 80 is FIELD_WRONG_TYPE with the path written kubectl-style', () => {
    const d = wrongTypes(buildCluster(DEPLOYMENT).diagnostics).find((x) => x.field === 'spec.template.spec.containers[0].ports');
    expect(d).toMatchObject({ line: 19, column: 9 });
    expect(d?.message).toContain('must be a list, not number 80');
  });

  it('numeric and boolean label values are FIELD_WRONG_TYPE telling to quote them, and the label is left out', () => {
    const cluster = buildCluster(DEPLOYMENT);
    const labels = wrongTypes(cluster.diagnostics).filter((d) => d.field?.startsWith('metadata.labels.'));
    expect(labels.map((d) => [d.field, d.line, d.column])).toEqual([
      ['metadata.labels.tier', 6, 5],
      ['metadata.labels.canary', 7, 5],
    ]);
    expect(labels[0]?.message).toContain('quote it ("3")');
    expect(cluster.workloads.find((w) => w.meta.name === 'web')?.meta.labels).toEqual({});
  });

  it('Service ports: 80 is FIELD_WRONG_TYPE, then the Service is refused for having no ports', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: s}\n  ports: 80\n';
    const cluster = buildCluster(text);
    expect(cluster.diagnostics.map((d) => [d.code, d.field, d.line])).toEqual([
      ['FIELD_WRONG_TYPE', 'spec.ports', 6],
      ['SERVICE_INVALID', 'spec.ports', 6],
    ]);
    expect(cluster.services.some((s) => s.meta.name === 's')).toBe(false);
  });

  it('a label value that is a mapping (even one with a toString key) is reported, never thrown', () => {
    const cluster = buildCluster('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: {toString: 0}\n');
    expect(wrongTypes(cluster.diagnostics).map((d) => [d.field, d.line, d.message])).toEqual([
      ['metadata.labels.app', 6, 'metadata.labels.app must be a string, not a mapping.'],
    ]);
  });

  it('list items of the wrong type in string lists are reported and left out', () => {
    const text = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: s, labels: {kubernetes.io/service-name: s}}
addressType: IPv4
endpoints:
- addresses: [10.0.0.1, {toString: 0}]
`;
    const cluster = buildCluster(text);
    expect(wrongTypes(cluster.diagnostics).map((d) => d.field)).toEqual(['endpoints[0].addresses[1]']);
  });

  it('a fractional port and a quoted containerPort are wrong types too', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    ports:
    - containerPort: "8080"
---
apiVersion: v1
kind: Service
metadata: {name: s}
spec:
  ports:
  - port: 80.5
`;
    expect(wrongTypes(buildCluster(text).diagnostics).map((d) => [d.field, d.line])).toEqual([
      ['spec.containers[0].ports[0].containerPort', 8],
      ['spec.ports[0].port', 15],
    ]);
  });

  it('a targetPort may be a number or a name, but not a list', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: 80\n    targetPort: [8080]\n';
    const d = wrongTypes(buildCluster(text).diagnostics);
    expect(d.map((x) => [x.field, x.line, x.column])).toEqual([['spec.ports[0].targetPort', 7, 5]]);
    expect(d[0]?.message).toContain('must be a number or a name, not a list');
  });
});

describe('FieldReader', () => {
  const readerFor = (text: string): { reader: FieldReader; diagnostics: Diagnostic[] } => {
    const diagnostics: Diagnostic[] = [];
    const object = readManifests(text).objects[0];
    if (!object) throw new Error('no object');
    return { reader: new FieldReader(object, diagnostics), diagnostics };
  };

  it('returns undefined without a word for absent and null fields', () => {
    const { reader, diagnostics } = readerFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: ns}\nspec: {a: null}\n');
    expect(reader.string(undefined, 'spec.x')).toBeUndefined();
    expect(reader.int(null, 'spec.a')).toBeUndefined();
    expect(reader.list(undefined, 'spec.l')).toEqual([]);
    expect(reader.stringMap(undefined, 'metadata.labels')).toEqual({});
    expect(diagnostics).toEqual([]);
    expect(reader.ref).toEqual({ kind: 'Pod', namespace: 'ns', name: 'p' });
  });

  it('reads a null label value as the empty string, as the API does', () => {
    const { reader } = readerFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n');
    expect(reader.stringMap({ a: null, b: 'x' }, 'metadata.labels')).toEqual({
      a: '',
      b: 'x',
    });
  });

  it('keeps a __proto__ label as an own key instead of setting a prototype', () => {
    const { reader } = readerFor('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n');
    const raw = JSON.parse('{"__proto__": "x", "app": "web"}') as Record<string, unknown>;
    const labels = reader.stringMap(raw, 'metadata.labels');
    expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
    expect(Object.keys(labels)).toEqual(['__proto__', 'app']);
    expect(Object.getOwnPropertyDescriptor(labels, '__proto__')?.value).toBe('x');
  });
});

describe('displayPath', () => {
  it('prints list indices in brackets, leaving numeric-looking keys inside names alone', () => {
    expect(displayPath('spec.ports.1.name')).toBe('spec.ports[1].name');
    expect(displayPath('spec.template.spec.containers.0.ports.12')).toBe('spec.template.spec.containers[0].ports[12]');
    expect(displayPath('metadata.labels.app')).toBe('metadata.labels.app');
  });
});
