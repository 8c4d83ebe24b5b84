import { EVENT_ID, getScalarValue, parseEvents, type ScalarEvent } from 'js-yaml';

/**
 * A YAML document as nodes with exact source ranges, built from js-yaml's event stream (the same parser
 * the loader uses, so what we edit is what was read). Offsets are into the whole text, end-exclusive.
 * js-yaml gives scalar ranges and collection starts; collection ends are derived here.
 */
export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

export interface YamlScalar {
  readonly kind: 'scalar';
  /** The whole token: quotes and block headers included. For an empty value, start === end. */
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly style: 'plain' | 'single' | 'double' | 'block';
  readonly empty: boolean;
}

export interface YamlEntry {
  readonly key: YamlNode;
  readonly value: YamlNode;
}

export interface YamlMap {
  readonly kind: 'map';
  readonly flow: boolean;
  /** Block: the first key. Flow: the `{`. */
  readonly start: number;
  /** Block: the end of the last value. Flow: after the `}`. */
  end: number;
  readonly entries: YamlEntry[];
}

export interface YamlSeq {
  readonly kind: 'seq';
  readonly flow: boolean;
  /** Block: the first `-`. Flow: the `[`. */
  readonly start: number;
  end: number;
  readonly items: YamlNode[];
}

export interface YamlAlias {
  readonly kind: 'alias';
  readonly start: number;
  readonly end: number;
}

/** Kubernetes objects are never deep; the loader refuses deeper input the same way. */
const MAX_DEPTH = 100;

const SCALAR_STYLE_NAMES = { 1: 'plain', 2: 'single', 3: 'double', 4: 'block', 5: 'block' } as const;

/**
 * Parses one YAML document chunk (see splitDocuments) into a range tree. `baseOffset` is where the chunk
 * starts in the whole text. Throws js-yaml's error on a syntax error: the caller reports it.
 */
export function parseYamlTree(source: string, baseOffset = 0): YamlNode[] {
  const roots: YamlNode[] = [];
  const stack: (YamlMap | YamlSeq)[] = [];
  // Per open map: the key read, waiting for its value.
  const pendingKeys: (YamlNode | undefined)[] = [];
  let lastEnd = 0;

  const attach = (node: YamlNode): void => {
    lastEnd = Math.max(lastEnd, node.end);
    const parent = stack[stack.length - 1];
    if (!parent) {
      roots.push(node);
      return;
    }
    if (parent.kind === 'seq') {
      parent.items.push(node);
      return;
    }
    const key = pendingKeys[pendingKeys.length - 1];
    if (key === undefined) pendingKeys[pendingKeys.length - 1] = node;
    else {
      parent.entries.push({ key, value: node });
      pendingKeys[pendingKeys.length - 1] = undefined;
    }
  };

  for (const ev of parseEvents(source, { maxDepth: MAX_DEPTH })) {
    switch (ev.type) {
      case EVENT_ID.SCALAR:
        attach(scalarNode(source, ev, baseOffset, lastEnd));
        break;
      case EVENT_ID.ALIAS:
        attach({ kind: 'alias', start: baseOffset + ev.anchorStart - 1, end: baseOffset + ev.anchorEnd });
        break;
      case EVENT_ID.MAPPING:
        stack.push({ kind: 'map', flow: ev.style === 2, start: baseOffset + ev.start, end: baseOffset + ev.start, entries: [] });
        pendingKeys.push(undefined);
        lastEnd = baseOffset + ev.start + 1;
        break;
      case EVENT_ID.SEQUENCE:
        stack.push({ kind: 'seq', flow: ev.style === 2, start: baseOffset + ev.start, end: baseOffset + ev.start, items: [] });
        pendingKeys.push(undefined);
        lastEnd = baseOffset + ev.start + 1;
        break;
      case EVENT_ID.POP: {
        const node = stack.pop();
        if (!node) break;
        pendingKeys.pop();
        node.end = collectionEnd(source, baseOffset, node);
        attach(node);
        break;
      }
      case EVENT_ID.DOCUMENT:
        break;
    }
  }
  return roots;
}

function scalarNode(source: string, ev: ScalarEvent, baseOffset: number, lastEnd: number): YamlScalar {
  const style = SCALAR_STYLE_NAMES[ev.style];
  if (ev.valueStart < 0) {
    // An empty value (`key:` with nothing after it) sits right after what was read before it.
    const at = Math.max(lastEnd, ev.tagEnd, ev.anchorEnd, 0);
    return { kind: 'scalar', start: at, end: at, value: '', style, empty: true };
  }
  const value = getScalarValue(source, ev);
  let start = ev.valueStart;
  let end = ev.valueEnd;
  if (style === 'single' || style === 'double') {
    start -= 1;
    end += 1;
  } else if (style === 'block') {
    // The token starts at its `|` or `>` header; its content ends before the trailing line breaks.
    start = Math.max(source.lastIndexOf('|', ev.valueStart - 1), source.lastIndexOf('>', ev.valueStart - 1));
    while (end > ev.valueStart && (source[end - 1] === '\n' || source[end - 1] === '\r')) end -= 1;
  }
  return { kind: 'scalar', start: baseOffset + start, end: baseOffset + end, value, style, empty: false };
}

function collectionEnd(source: string, baseOffset: number, node: YamlMap | YamlSeq): number {
  const children = node.kind === 'map' ? node.entries.map((e) => e.value) : node.items;
  const last = children[children.length - 1];
  const lastEnd = last ? last.end : node.start + 1;
  if (!node.flow) return lastEnd;
  const close = node.kind === 'map' ? '}' : ']';
  // Skip blanks, commas and comments to the closing bracket of a flow collection.
  let i = lastEnd - baseOffset;
  while (i < source.length && source[i] !== close) {
    if (source[i] === '#') {
      const eol = source.indexOf('\n', i);
      i = eol === -1 ? source.length : eol;
    } else i += 1;
  }
  return baseOffset + Math.min(i + 1, source.length);
}

/** The value of a mapping's key, when the key is a plain or quoted scalar. */
export function mapGet(map: YamlMap, key: string): YamlEntry | undefined {
  // The last of duplicate keys wins, as when the text was read.
  for (let i = map.entries.length - 1; i >= 0; i--) {
    const entry = map.entries[i];
    if (entry && entry.key.kind === 'scalar' && entry.key.value === key) return entry;
  }
  return undefined;
}

/** The string a scalar node holds; undefined for collections and empty values. */
export function scalarText(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && !node.empty ? node.value : undefined;
}
