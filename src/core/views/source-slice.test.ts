import { describe, expect, it } from 'vitest';
import { readManifests } from '../manifest/objects';
import { sliceObjectSource } from './source-slice';

/** Slices every object of the text where the manifest reader says it starts. */
const slices = (text: string): string[] =>
  readManifests(text).objects.map((o) => sliceObjectSource(text, o.location) ?? '<undefined>');

describe('sliceObjectSource', () => {
  it('cuts each document of a multi-document text, leaving separators and trailing comments out', () => {
    const text = `# a Service
apiVersion: v1
kind: Service
metadata:
  name: a   # inline comments stay
spec:
  ports: [{port: 80}]

# the next one
---
apiVersion: v1
kind: Service
metadata: {name: b}
`;
    expect(slices(text)).toEqual([
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: a   # inline comments stay\nspec:\n  ports: [{port: 80}]\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: b}\n',
    ]);
  });

  it('cuts the items of a kind: List (kubectl get -o yaml) and drops their list indentation', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata:
    name: a
- apiVersion: v1
  kind: Service
  metadata:
    name: b
metadata:
  resourceVersion: ""
`;
    expect(slices(text)).toEqual(['apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n']);
  });

  it('cuts JSON items at their matching brace, braces inside strings included', () => {
    const text = `{
    "apiVersion": "v1",
    "kind": "List",
    "items": [
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": { "name": "a", "annotations": { "x": "}{" } }
        },
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": { "name": "b" }
        }
    ]
}
`;
    const [a, b] = slices(text);
    expect(a).toBe('{\n    "apiVersion": "v1",\n    "kind": "Service",\n    "metadata": { "name": "a", "annotations": { "x": "}{" } }\n}\n');
    expect(JSON.parse(b ?? '')).toEqual({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'b' } });
  });

  it('gives nothing for a place outside the text', () => {
    expect(sliceObjectSource('a: 1\n', { line: 9, column: 1 })).toBeUndefined();
  });
});
