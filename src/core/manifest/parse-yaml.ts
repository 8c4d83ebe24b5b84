import {
  CORE_SCHEMA,
  EVENT_ID,
  constructFromEvents,
  getScalarValue,
  mergeTag,
  parseEvents,
  type Event,
} from 'js-yaml';
import type { Diagnostic, SourceLocation } from '../diagnostics';
import { createLineIndex, type LineIndex } from './line-index';
import { splitDocuments } from './split-documents';

/** Inputs larger than this are refused before parsing: js-yaml needs ~1.5 s for 17 MB, and we promise an answer well under a second. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** A document whose aliases expand past this many nodes is refused (a YAML "billion laughs" would otherwise explode when walked). */
export const MAX_EXPANDED_NODES = 2_000_000;
/** Deep nesting is a sign of hostile input; Kubernetes objects stay far below it. */
export const MAX_DEPTH = 100;

const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/** Where each node of a document was written: a trie by path segment (mapping values point at their key). */
export interface PositionNode {
  readonly offset: number;
  children?: Map<string, PositionNode>;
}

export interface ParsedDocument {
  readonly value: unknown;
  /** 0-based index among the documents of the text. */
  readonly index: number;
  readonly location: SourceLocation;
  readonly positions: PositionNode;
  readonly lines: LineIndex;
}

export interface YamlParseResult {
  readonly documents: ParsedDocument[];
  readonly diagnostics: Diagnostic[];
}

function utf8Length(text: string): number {
  // Cheap upper bound first: most pastes are far below the limit.
  if (text.length * 3 <= MAX_INPUT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Surrogate pairs count 2 + 2 = 4 bytes, as UTF-8 encodes them.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
  }
  return bytes;
}

/**
 * Parses multi-document YAML (or JSON, which is YAML) into documents with a position index.
 * A broken document is reported with its line and column and the others are still returned.
 */
export function parseYamlDocuments(text: string): YamlParseResult {
  const diagnostics: Diagnostic[] = [];
  const size = utf8Length(text);
  if (size > MAX_INPUT_BYTES) {
    diagnostics.push({
      code: 'INPUT_TOO_LARGE',
      severity: 'error',
      message: `The input is ${(size / 1024 / 1024).toFixed(1)} MiB; svcscope reads at most ${MAX_INPUT_BYTES / 1024 / 1024} MiB at once.`,
      line: 1,
      column: 1,
      hint: 'Paste fewer objects, e.g. one namespace at a time (kubectl get ... -n NAMESPACE -o yaml).',
    });
    return { documents: [], diagnostics };
  }
  const lines = createLineIndex(text);
  const documents: ParsedDocument[] = [];
  let index = 0;
  for (const chunk of splitDocuments(text)) {
    if (chunk.text.trim() === '') continue;
    try {
      for (const doc of parseChunk(chunk.text, chunk.offset, lines, index)) {
        documents.push(doc);
        index += 1;
      }
    } catch (error) {
      diagnostics.push(yamlErrorToDiagnostic(error, chunk.offset, lines));
      index += 1;
    }
  }
  return { documents, diagnostics };
}

interface Frame {
  readonly kind: 'map' | 'seq';
  readonly node: PositionNode;
  nextIndex: number;
  expectingKey: boolean;
  /** The position node of the key just read, which the value's node becomes. */
  keyNode: PositionNode | undefined;
  count: number;
  readonly anchor: string | null;
}

function child(parent: PositionNode, segment: string, offset: number): PositionNode {
  const node: PositionNode = { offset };
  (parent.children ??= new Map()).set(segment, node);
  return node;
}

function parseChunk(source: string, baseOffset: number, lines: LineIndex, firstIndex: number): ParsedDocument[] {
  const events: Event[] = parseEvents(source, { maxDepth: MAX_DEPTH });
  const roots: PositionNode[] = [];
  let root: PositionNode | undefined;
  const stack: Frame[] = [];
  const anchors = new Map<string, number>();
  const DETACHED: PositionNode = { offset: 0 };

  // Where does the node that starts now sit? Returns its position node.
  const place = (offset: number): PositionNode => {
    const parent = stack[stack.length - 1];
    if (!parent) return (root = { offset: baseOffset + offset });
    if (parent.kind === 'seq') {
      const node = child(parent.node, String(parent.nextIndex), baseOffset + offset);
      parent.nextIndex += 1;
      return node;
    }
    if (parent.expectingKey) {
      // A complex (non-scalar) key: positions inside it are not addressable by path.
      parent.expectingKey = false;
      parent.keyNode = undefined;
      return DETACHED;
    }
    parent.expectingKey = true;
    return parent.keyNode ?? DETACHED;
  };
  const finish = (count: number, anchor: string | null): void => {
    if (anchor !== null) anchors.set(anchor, count);
    const parent = stack[stack.length - 1];
    if (parent) parent.count += count;
    if ((parent?.count ?? count) > MAX_EXPANDED_NODES) throw new AliasBombError();
  };
  const anchorOf = (ev: { anchorStart: number; anchorEnd: number }): string | null =>
    ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : null;
  // An empty scalar (`- ` or a bare `!!str`) has no value range (-1): it sits at its tag or anchor, else at its parent.
  const scalarStart = (ev: { valueStart: number; tagStart: number; anchorStart: number }): number => {
    if (ev.valueStart >= 0) return ev.valueStart;
    const marks = [ev.tagStart, ev.anchorStart].filter((at) => at >= 0);
    if (marks.length > 0) return Math.min(...marks);
    return Math.max(0, (stack[stack.length - 1]?.node.offset ?? baseOffset) - baseOffset);
  };

  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        root = undefined;
        anchors.clear();
        break;
      case EVENT_ID.SCALAR: {
        const parent = stack[stack.length - 1];
        if (parent && parent.kind === 'map' && parent.expectingKey) {
          parent.expectingKey = false;
          parent.keyNode = child(parent.node, getScalarValue(source, ev), baseOffset + scalarStart(ev));
          parent.count += 1;
        } else {
          place(scalarStart(ev));
          finish(1, anchorOf(ev));
        }
        break;
      }
      case EVENT_ID.ALIAS:
        place(Math.max(0, ev.anchorStart - 1));
        finish(anchors.get(source.slice(ev.anchorStart, ev.anchorEnd)) ?? 1, null);
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        stack.push({
          kind: ev.type === EVENT_ID.MAPPING ? 'map' : 'seq',
          node: place(ev.start),
          nextIndex: 0,
          expectingKey: true,
          keyNode: undefined,
          count: 1,
          anchor: anchorOf(ev),
        });
        break;
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame) finish(frame.count, frame.anchor);
        else roots.push(root ?? { offset: baseOffset });
        break;
      }
    }
  }
  const values = constructFromEvents(events, { source, schema: SCHEMA, maxAliases: -1 });
  return values.map((value, i) => {
    const positions = roots[i] ?? { offset: baseOffset };
    return { value, index: firstIndex + i, location: lines.locate(positions.offset), positions, lines };
  });
}

class AliasBombError extends Error {}

function yamlErrorToDiagnostic(error: unknown, baseOffset: number, lines: LineIndex): Diagnostic {
  if (error instanceof AliasBombError) {
    const at = lines.locate(baseOffset);
    return {
      code: 'YAML_ALIAS_EXPANSION',
      severity: 'error',
      message: `This document's anchors and aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes; it was not read.`,
      line: at.line,
      column: at.column,
      hint: 'kubectl never writes aliases: paste the output of kubectl get -o yaml, or expand the aliases by hand.',
    };
  }
  const mark = (error as { mark?: { position?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  const at = lines.locate(baseOffset + (typeof mark?.position === 'number' ? mark.position : 0));
  const depth = /nesting|depth/i.test(reason);
  return {
    code: depth ? 'YAML_TOO_DEEP' : 'YAML_SYNTAX',
    severity: 'error',
    message: depth
      ? `YAML nested deeper than ${MAX_DEPTH} levels at line ${at.line}, column ${at.column}.`
      : `YAML error at line ${at.line}, column ${at.column}: ${reason}.`,
    line: at.line,
    column: at.column,
    hint: depth
      ? 'Kubernetes objects are never this deep; check the paste.'
      : 'Fix the text at this place; the other documents were still read.',
  };
}
