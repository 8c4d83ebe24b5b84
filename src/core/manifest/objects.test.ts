import { describe, expect, it } from 'vitest';
import { readManifests } from './objects';

/** What `kubectl get svc,deploy -o yaml` prints: a List with server-filled fields. */
const KUBECTL_LIST = `apiVersion: v1
items:
- apiVersion: v1
  kind: Service
  metadata:
    creationTimestamp: "2024-05-01T10:00:00Z"
    name: web
    namespace: shop
    resourceVersion: "1234"
    uid: 0b1c2d3e-0000-4000-8000-000000000001
  spec:
    clusterIP: 10.96.20.30
    ports:
    - port: 80
      protocol: TCP
      targetPort: 8080
    selector:
      app: web
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    replicas: 2
kind: List
metadata:
  resourceVersion: ""
`;

describe('readManifests', () => {
  it('flattens kind: List from kubectl get -o yaml into its items, each located where it is written', () => {
    const { objects, diagnostics } = readManifests(KUBECTL_LIST);
    expect(diagnostics).toEqual([]);
    expect(objects.map((o) => [o.kind, o.namespace, o.name, o.location.line, o.location.column, o.order])).toEqual([
      ['Service', 'shop', 'web', 3, 3, 0],
      ['Deployment', 'shop', 'web', 19, 3, 1],
    ]);
    expect(objects[0]?.locate('spec.ports.0.targetPort')).toEqual({
      line: 16,
      column: 7,
    });
    expect(objects[1]?.locate('spec.replicas')).toEqual({
      line: 25,
      column: 5,
    });
  });

  it('flattens typed lists (ServiceList) and JSON lists the same way', () => {
    const json = JSON.stringify({
      apiVersion: 'v1',
      kind: 'ServiceList',
      items: [
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a' } },
        { apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' } },
      ],
    });
    expect(readManifests(json).objects.map((o) => o.name)).toEqual(['a', 'b']);
  });

  it('numbers objects in text order across documents and lists', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata: {name: first}\n---\n${KUBECTL_LIST}---\napiVersion: v1\nkind: Pod\nmetadata: {name: last}\n`;
    expect(readManifests(text).objects.map((o) => [o.name, o.order])).toEqual([
      ['first', 0],
      ['web', 1],
      ['web', 2],
      ['last', 3],
    ]);
  });

  it('locates a field at its key, a list item at its dash content, and an unwritten field at its nearest written parent', () => {
    const text = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  ports:', '  - name: http', '    port: 80', ''].join('\n');
    const [svc] = readManifests(text).objects;
    expect(svc?.locate('spec.ports')).toEqual({ line: 6, column: 3 });
    expect(svc?.locate('spec.ports.0')).toEqual({ line: 7, column: 5 });
    expect(svc?.locate('spec.ports.0.port')).toEqual({ line: 8, column: 5 });
    expect(svc?.locate('spec.ports.0.targetPort')).toEqual({
      line: 7,
      column: 5,
    });
    expect(svc?.locate('spec.selector.app')).toEqual({ line: 5, column: 1 });
    expect(svc?.locate('')).toEqual({ line: 1, column: 1 });
  });

  it('skips an object without kind or apiVersion with MISSING_TYPE at its line', () => {
    const text = 'apiVersion: v1\nmetadata: {name: a}\n---\nkind: Service\nmetadata: {name: b}\n';
    const { objects, diagnostics } = readManifests(text);
    expect(objects).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ['MISSING_TYPE', 'error', 1],
      ['MISSING_TYPE', 'error', 4],
    ]);
    expect(diagnostics[0]?.message).toContain('no kind');
    expect(diagnostics[1]?.message).toContain('no apiVersion');
  });

  it('skips an object without metadata.name with MISSING_NAME, and takes generateName as its name', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {labels: {a: b}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {generateName: web-}\n';
    const { objects, diagnostics } = readManifests(text);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['MISSING_NAME', 1]]);
    expect(objects.map((o) => o.name)).toEqual(['web-']);
  });

  it('reports a document that is not a mapping with NOT_AN_OBJECT', () => {
    const { objects, diagnostics } = readManifests('- a\n- b\n---\njust text\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n');
    expect(objects.map((o) => o.name)).toEqual(['p']);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['NOT_AN_OBJECT', 1],
      ['NOT_AN_OBJECT', 4],
    ]);
  });

  it('locates an empty, tagged document at its tag rather than before the text', () => {
    expect(readManifests('!!str\n').diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['NOT_AN_OBJECT', 1, 1]]);
    expect(readManifests('a: 1\n---\n  !!str\n').diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['MISSING_TYPE', 1, 1],
      ['NOT_AN_OBJECT', 3, 3],
    ]);
  });

  it('reports a List item that is not an object, and still reads the other items', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- 42\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n';
    const { objects, diagnostics } = readManifests(text);
    expect(objects.map((o) => o.name)).toEqual(['p']);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['NOT_AN_OBJECT', 4]]);
  });

  it('skips empty documents without a word', () => {
    expect(readManifests('---\n# nothing\n---\n\n').diagnostics).toEqual([]);
  });

  it('leaves namespace empty when the object does not say it (the cluster builder defaults it)', () => {
    expect(readManifests('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n').objects[0]?.namespace).toBe('');
  });
});
