import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, parseYamlDocuments } from './parse-yaml';

const values = (text: string): unknown[] => parseYamlDocuments(text).documents.map((d) => d.value);

/** A "billion laughs": nine levels of nine aliases each, 9^9 (387 million) leaves when expanded. */
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
  '',
].join('\n');

describe('parseYamlDocuments', () => {
  it('reads every document of a multi-document stream, each with the line and column it starts at', () => {
    const result = parseYamlDocuments('a: 1\n---\nb: 2\n---\n# a comment first\n  c: 3\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
    expect(result.documents.map((d) => d.location)).toEqual([
      { line: 1, column: 1 },
      { line: 3, column: 1 },
      { line: 6, column: 3 },
    ]);
    expect(result.documents.map((d) => d.index)).toEqual([0, 1, 2]);
  });

  it('reads JSON, which is YAML', () => {
    expect(values('{"kind": "Service", "spec": {"ports": [{"port": 80}]}, "x": null, "y": true}')).toEqual([
      { kind: 'Service', spec: { ports: [{ port: 80 }] }, x: null, y: true },
    ]);
  });

  it('keeps content written on the --- line, drops ... end markers and bare --- lines', () => {
    expect(values('--- {a: 1}\n...\n---\n---\nb: 2\n...\n')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('reads a started document with only a comment as null', () => {
    expect(values('a: 1\n---\n# nothing here\n---\nb: 2\n')).toEqual([{ a: 1 }, null, { b: 2 }]);
  });

  it('does not cut a document at an indented --- inside a block scalar', () => {
    expect(values('data: |\n  line one\n  ---\n  line two\n')).toEqual([{ data: 'line one\n---\nline two\n' }]);
  });

  it('ignores comments, including ones after values', () => {
    expect(values('# header\nkind: Service # the kind\n# between\nname: web\n')).toEqual([{ kind: 'Service', name: 'web' }]);
  });

  it('expands anchors, aliases and << merge keys', () => {
    const text = 'labels: &l {app: web}\nselector: *l\nbase: &p {port: 80, protocol: TCP}\nport2:\n  <<: *p\n  port: 443\n';
    expect(values(text)).toEqual([
      {
        labels: { app: 'web' },
        selector: { app: 'web' },
        base: { port: 80, protocol: 'TCP' },
        port2: { port: 443, protocol: 'TCP' },
      },
    ]);
  });

  it('uses the YAML 1.2 core schema: yes/no and on/off stay strings, 0x1F is a number', () => {
    expect(values('a: yes\nb: off\nc: true\nd: 0x1F\ne: "80"\nf: 1.5\ng: ~\n')).toEqual([{ a: 'yes', b: 'off', c: true, d: 31, e: '80', f: 1.5, g: null }]);
  });

  it('reports a broken document at its line and column and still reads the others', () => {
    const text = ['kind: Service', 'metadata:', '  name: a', '---', 'kind: Service', 'metadata:', '  name: b', '   bad: x', '---', 'kind: Pod', ''].join('\n');
    const result = parseYamlDocuments(text);
    expect(result.documents.map((d) => d.value)).toEqual([{ kind: 'Service', metadata: { name: 'a' } }, { kind: 'Pod' }]);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      severity: 'error',
      line: 8,
      column: 7,
    });
    expect(result.diagnostics[0]?.message).toContain('line 8, column 7');
    // The document after the broken one keeps its own place in the text.
    expect(result.documents[1]?.location).toEqual({ line: 10, column: 1 });
  });

  it('reports an unclosed flow list inside the document that has it', () => {
    const text = 'kind: Service\n---\nkind: Service\nmetadata: {name: [b\n---\nkind: Pod\n';
    const result = parseYamlDocuments(text);
    expect(result.documents.map((d) => d.value)).toEqual([{ kind: 'Service' }, { kind: 'Pod' }]);
    const line = result.diagnostics[0]?.line ?? 0;
    expect(result.diagnostics[0]?.code).toBe('YAML_SYNTAX');
    expect(line).toBeGreaterThanOrEqual(4);
    expect(line).toBeLessThanOrEqual(5);
  });

  it('refuses duplicate keys in a mapping, as kubectl does', () => {
    const result = parseYamlDocuments('kind: Service\nkind: Pod\n');
    expect(result.documents).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      line: 2,
    });
  });

  it('refuses a paste of more than 16 MiB with INPUT_TOO_LARGE in well under a second', () => {
    const text = `kind: ConfigMap\ndata:\n  blob: ${'x'.repeat(20 * 1024 * 1024)}\n`;
    const started = performance.now();
    const result = parseYamlDocuments(text);
    const elapsedMs = performance.now() - started;
    expect(result.documents).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'INPUT_TOO_LARGE',
        severity: 'error',
        line: 1,
        column: 1,
      }),
    ]);
    expect(result.diagnostics[0]?.message).toContain('20.0 MiB');
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('counts the size in UTF-8 bytes, not in characters', () => {
    // 9 Mi characters of 'é' are 18 MiB of UTF-8.
    const text = 'é'.repeat(9 * 1024 * 1024);
    expect(text.length).toBeLessThan(MAX_INPUT_BYTES);
    expect(parseYamlDocuments(text).diagnostics.map((d) => d.code)).toEqual(['INPUT_TOO_LARGE']);
  });

  it('stops a billion-laughs alias bomb quickly with YAML_ALIAS_EXPANSION and reads the next document', () => {
    const started = performance.now();
    const result = parseYamlDocuments(`${ALIAS_BOMB}---\nkind: Pod\n`);
    const elapsedMs = performance.now() - started;
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'YAML_ALIAS_EXPANSION',
        severity: 'error',
        line: 1,
        column: 1,
      }),
    ]);
    expect(result.documents.map((d) => d.value)).toEqual([{ kind: 'Pod' }]);
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('accepts a few aliases that expand to a modest size', () => {
    const text = 'a: &a [1, 2, 3]\nb: [*a, *a, *a]\n';
    expect(parseYamlDocuments(text).diagnostics).toEqual([]);
    expect(values(text)).toEqual([
      {
        a: [1, 2, 3],
        b: [
          [1, 2, 3],
          [1, 2, 3],
          [1, 2, 3],
        ],
      },
    ]);
  });

  it('refuses nesting deeper than 100 levels with YAML_TOO_DEEP, without overflowing the stack', () => {
    const deep = `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\nkind: Pod\n`;
    const result = parseYamlDocuments(deep);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['YAML_TOO_DEEP']);
    expect(result.diagnostics[0]?.line).toBe(1);
    expect(result.documents.map((d) => d.value)).toEqual([{ kind: 'Pod' }]);
  });

  it('reads nesting a little under the limit', () => {
    const depth = 90;
    const result = parseYamlDocuments(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
    expect(result.diagnostics).toEqual([]);
    let value: unknown = result.documents[0]?.value;
    for (let i = 0; i < depth; i++) value = (value as unknown[])[0];
    expect(value).toBe(1);
  });

  it('keeps a __proto__ key as plain data and never touches Object.prototype', () => {
    const result = parseYamlDocuments('metadata:\n  __proto__: {polluted: yes}\n  labels:\n    __proto__: x\n');
    const doc = result.documents[0]?.value as {
      metadata: Record<string, unknown>;
    };
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(doc.metadata)).toBe(Object.prototype);
    expect(Object.hasOwn(doc.metadata, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(doc.metadata, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect((doc.metadata as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('returns nothing and no error for an empty or comment-only text', () => {
    expect(parseYamlDocuments('')).toEqual({ documents: [], diagnostics: [] });
    expect(parseYamlDocuments('# only a comment\n\n')).toEqual({
      documents: [],
      diagnostics: [],
    });
  });
});
