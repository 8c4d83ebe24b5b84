import { nest, renderBlockEntry, renderBlockValue, renderFlow, renderScalar, type EditValue, type Syntax } from './render';
import { mapGet, type YamlMap, type YamlNode, type YamlSeq } from './yaml-tree';

/**
 * Text patches that change one field and leave every other character where it was: comments, quoting,
 * indentation and key order outside the changed span stay byte for byte.
 */
export interface Patch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A step into a mapping (by key), into a sequence by index, or into the sequence item whose `key` field
 * equals `value` (a Pod's condition of type Ready).
 */
export type PathSegment = string | number | { readonly key: string; readonly value: string };

export class EditError extends Error {}

export function applyPatch(text: string, patch: Patch): string {
  return text.slice(0, patch.start) + patch.text + text.slice(patch.end);
}

interface Ctx {
  readonly text: string;
  /** Spaces per nesting level, as the object's author indents. */
  readonly unit: number;
  /** The object is written as JSON (kubectl get -o json): new keys and strings are double-quoted. */
  readonly json: boolean;
  readonly root: YamlMap;
}

/** Sets the field at `path` under `root` to `value`, creating the mappings (and list items) on the way. */
export function setIn(text: string, root: YamlMap, path: readonly PathSegment[], value: EditValue): Patch {
  return setAt({ text, unit: indentUnit(text, root), json: isJson(root), root }, root, path, value, 'the object');
}

/** Removes the entry at `path`; undefined when it is not there (nothing to do). */
export function deleteIn(text: string, root: YamlMap, path: readonly PathSegment[]): Patch | undefined {
  const map = getIn(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (map?.kind !== 'map' || typeof last !== 'string') return undefined;
  const entry = mapGet(map, last);
  return entry ? deleteEntry(text, map, map.entries.indexOf(entry)) : undefined;
}

/** Where a node is found by a path, or undefined. */
export function getIn(root: YamlNode, path: readonly PathSegment[]): YamlNode | undefined {
  let node: YamlNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = step(node, segment);
  }
  return node;
}

function step(node: YamlNode, segment: PathSegment): YamlNode | undefined {
  if (typeof segment === 'string') return node.kind === 'map' ? mapGet(node, segment)?.value : undefined;
  if (node.kind !== 'seq') return undefined;
  if (typeof segment === 'number') return node.items[segment];
  return node.items.find((item) => {
    const field = item.kind === 'map' ? mapGet(item, segment.key)?.value : undefined;
    return field?.kind === 'scalar' && field.value === segment.value;
  });
}

function describe(segment: PathSegment): string {
  if (typeof segment === 'string') return segment;
  return typeof segment === 'number' ? `[${segment}]` : `[${segment.key}=${segment.value}]`;
}

function setAt(ctx: Ctx, node: YamlNode, path: readonly PathSegment[], value: EditValue, where: string): Patch {
  const [segment, ...rest] = path;
  if (segment === undefined) return replaceNode(ctx, node, value);
  if (typeof segment === 'string') {
    if (node.kind !== 'map') throw new EditError(`${where} is not a mapping, so ${segment} cannot be set in it.`);
    const entry = mapGet(node, segment);
    if (!entry) return insertEntry(ctx, node, segment, build(rest, value));
    if (isNullish(entry.value)) return replaceNullValue(ctx, node, entry.key, entry.value, build(rest, value));
    return setAt(ctx, entry.value, rest, value, segment);
  }
  if (node.kind !== 'seq') throw new EditError(`${where} is not a list, so ${describe(segment)} cannot be found in it.`);
  const item = step(node, segment);
  if (item) return setAt(ctx, item, rest, value, describe(segment));
  if (typeof segment === 'number') throw new EditError(`${where} has no item ${segment}.`);
  return insertItem(ctx, node, build([segment, ...rest], value));
}

/** What to write where `path` does not exist yet. */
function build(path: readonly PathSegment[], value: EditValue): EditValue {
  const [segment, ...rest] = path;
  if (segment === undefined) return value;
  if (typeof segment === 'string') return nest([segment], build(rest, value));
  if (typeof segment === 'number') throw new EditError(`there is no item ${segment} to set.`);
  const inner = build(rest, value);
  const fields = typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, EditValue>) : {};
  return [{ [segment.key]: segment.value, ...fields }];
}

function isNullish(node: YamlNode): boolean {
  if (node.kind !== 'scalar') return false;
  return node.empty || (node.style === 'plain' && /^(?:~|null|Null|NULL)$/.test(node.value));
}

function replaceNode(ctx: Ctx, node: YamlNode, value: EditValue): Patch {
  if (node.kind === 'scalar') {
    if (typeof value === 'object') throw new EditError(`expected a mapping or list where the text has the value ${node.value}.`);
    return { start: node.start, end: node.end, text: renderScalar(value, node.style === 'double' || ctx.json ? 'json' : 'flow', node.style) };
  }
  const syntax = syntaxOf(ctx, node);
  const text = syntax === 'block' && typeof value === 'object' ? renderBlockValue(value, columnOf(ctx.text, node.start), ctx.unit) : renderFlow(value, syntax);
  return { start: node.start, end: node.end, text };
}

/** `key:` with nothing (or null) after it: the value goes after the colon. */
function replaceNullValue(ctx: Ctx, map: YamlMap, key: YamlNode, value: YamlNode, written: EditValue): Patch {
  const colon = ctx.text.indexOf(':', key.end);
  const start = colon + 1;
  const end = value.kind === 'scalar' && value.empty ? start : value.end;
  const syntax = syntaxOf(ctx, map);
  if (syntax !== 'block' || typeof written !== 'object') return { start, end, text: ` ${renderFlow(written, syntax)}` };
  const keyColumn = columnOf(ctx.text, key.start);
  const column = Array.isArray(written) ? keyColumn : keyColumn + ctx.unit;
  return { start, end, text: `\n${' '.repeat(column)}${renderBlockValue(written, column, ctx.unit)}` };
}

/**
 * New entries go first in their mapping, at its column (kubectl sorts keys alphabetically; annotations,
 * replicas and the like then sit near where it would put them). At the object's top level they go last,
 * where `status` belongs after apiVersion, kind, metadata and spec.
 */
function insertEntry(ctx: Ctx, map: YamlMap, key: string, value: EditValue): Patch {
  const first = map.entries[0];
  const last = map.entries[map.entries.length - 1];
  const atEnd = map === ctx.root;
  if (!map.flow) {
    const column = columnOf(ctx.text, map.start);
    const entry = renderBlockEntry(key, value, column, ctx.unit);
    if (atEnd && last) {
      const eol = ctx.text.indexOf('\n', last.value.end);
      if (eol === -1) return { start: ctx.text.length, end: ctx.text.length, text: `\n${' '.repeat(column)}${entry}` };
      return { start: eol + 1, end: eol + 1, text: `${' '.repeat(column)}${entry}\n` };
    }
    return { start: map.start, end: map.start, text: `${entry}\n${' '.repeat(column)}` };
  }
  const syntax = syntaxOf(ctx, map);
  const entry = `${renderScalar(key, syntax)}: ${renderFlow(value, syntax)}`;
  if (!first || !last) return { start: map.start, end: map.end, text: `{${entry}}` };
  if (atEnd) return { start: last.value.end, end: last.value.end, text: `,${separatorBefore(ctx.text, last.key.start)}${entry}` };
  return { start: first.key.start, end: first.key.start, text: `${entry},${separatorBefore(ctx.text, first.key.start)}` };
}

function insertItem(ctx: Ctx, seq: YamlSeq, item: EditValue): Patch {
  const first = seq.items[0];
  if (!seq.flow) {
    const column = columnOf(ctx.text, seq.start);
    return { start: seq.start, end: seq.start, text: `- ${renderBlockValue(item, column + 2, ctx.unit)}\n${' '.repeat(column)}` };
  }
  const syntax = syntaxOf(ctx, seq);
  if (!first) return { start: seq.start, end: seq.end, text: `[${renderFlow(item, syntax)}]` };
  return { start: first.start, end: first.start, text: `${renderFlow(item, syntax)},${separatorBefore(ctx.text, first.start)}` };
}

function deleteEntry(text: string, map: YamlMap, index: number): Patch {
  const entry = map.entries[index];
  if (!entry) throw new EditError('no such entry');
  const next = map.entries[index + 1];
  const previous = map.entries[index - 1];
  if (!map.flow) {
    const lineStart = text.lastIndexOf('\n', entry.key.start - 1) + 1;
    if (text.slice(lineStart, entry.key.start).trim() === '') {
      // The entry owns its lines: remove them whole, trailing comment included.
      const eol = text.indexOf('\n', entry.value.end);
      return { start: lineStart, end: eol === -1 ? text.length : eol + 1, text: '' };
    }
    // The first entry after `- `: the next key moves up into its place.
    if (next) return { start: entry.key.start, end: next.key.start, text: '' };
    return { start: entry.key.start, end: entry.value.end, text: '{}' };
  }
  if (next) return { start: entry.key.start, end: next.key.start, text: '' };
  if (previous) return { start: previous.value.end, end: entry.value.end, text: '' };
  return { start: entry.key.start, end: entry.value.end, text: '' };
}

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Between a new flow entry and the one it goes before: a line break and indent if they were on their own lines. */
function separatorBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return before.trim() === '' ? `\n${before}` : ' ';
}

function syntaxOf(ctx: Ctx, node: YamlNode): Syntax {
  if (node.kind === 'scalar' || node.kind === 'alias') return ctx.json ? 'json' : 'flow';
  if (!node.flow) return 'block';
  return ctx.json ? 'json' : 'flow';
}

/** JSON when the object is a flow mapping with double-quoted keys, as kubectl's JSON output is. */
function isJson(root: YamlMap): boolean {
  const key = root.entries[0]?.key;
  return root.flow && key?.kind === 'scalar' && key.style === 'double';
}

/** How many spaces the author indents a nested mapping by (2 when nothing tells). */
function indentUnit(text: string, root: YamlMap): number {
  for (const entry of root.entries) {
    const value = entry.value;
    if (value.kind === 'map' && !value.flow) {
      const unit = columnOf(text, value.start) - columnOf(text, entry.key.start);
      if (unit > 0) return unit;
    }
  }
  return 2;
}
