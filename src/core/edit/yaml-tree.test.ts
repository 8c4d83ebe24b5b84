import { describe, expect, it } from 'vitest';
import { mapGet, parseYamlTree, type YamlNode } from './yaml-tree';

const source = `kind: "Service"   # quoted
metadata: {name: web, labels: {app: web}}
spec:
  note: |
    two
    lines
  ports:
  - port: 80
  empty:
`;
const [root] = parseYamlTree(source);
const at = (node: YamlNode | undefined) => (node ? source.slice(node.start, node.end) : undefined);
const field = (path: string[]): YamlNode | undefined =>
  path.reduce<YamlNode | undefined>((node, key) => (node?.kind === 'map' ? mapGet(node, key)?.value : undefined), root);

describe('the YAML range tree', () => {
  it('gives quoted scalars their quotes, so a replacement keeps the token whole', () => {
    expect(at(field(['kind']))).toBe('"Service"');
    expect(field(['kind'])).toMatchObject({ value: 'Service', style: 'double' });
  });

  it('spans flow collections from bracket to bracket', () => {
    expect(at(field(['metadata']))).toBe('{name: web, labels: {app: web}}');
    expect(at(field(['metadata', 'labels']))).toBe('{app: web}');
  });

  it('starts a block scalar at its header and ends it before the trailing line break', () => {
    expect(at(field(['spec', 'note']))).toBe('|\n    two\n    lines');
  });

  it('ends a block collection where its last value ends', () => {
    expect(at(field(['spec', 'ports']))).toBe('- port: 80');
  });

  it('places an empty value right after its key', () => {
    const empty = field(['spec', 'empty']);
    expect(empty).toMatchObject({ kind: 'scalar', empty: true });
    expect(source.slice(0, empty?.start)).toMatch(/empty$/);
  });

  it('keeps offsets into the whole text when parsing one document of it', () => {
    const text = `a: 1\n---\nb: two\n`;
    const [doc] = parseYamlTree(text.slice(5), 5);
    const value = doc?.kind === 'map' ? mapGet(doc, 'b')?.value : undefined;
    expect(value && text.slice(value.start, value.end)).toBe('two');
  });
});
