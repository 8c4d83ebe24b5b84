import type { GraphNode } from '../core';
import type { NodeBox, NodePositions } from '../protocol';
import { GROUP_PADDING_PX, estimateEmptyGroupSize, type TextMeasure } from './node-size';
import { islandSizeAround } from './island-layout';
import { isGroup } from './group-boxes';
import type { PreviousLayout } from './stable-layout';
import { isIslandId } from './view/namespace-islands';

/** Vertical room between boxes pushed apart: ELK's own spacing between nodes. */
const PUSH_GAP_PX = 22;
const ZERO_BOX: NodeBox = { x: 0, y: 0, width: 0, height: 0 };

export interface KeepPlacesInput {
  readonly nodes: readonly GraphNode[];
  /** A fresh layout of the new graph, already shifted onto the previous picture. */
  readonly aligned: NodePositions;
  readonly previous: PreviousLayout;
  readonly shapes: ReadonlyMap<string, string>;
  readonly measure: TextMeasure;
}

/**
 * Every box drawn before goes back to where it was (with its new size); new boxes take the fresh layout's
 * place. Groups (Nodes, namespace islands) whose children did not change are kept whole; the others are re-packed inside (repackGroup).
 * Overlaps are resolved by pushing down, old boxes first.
 */
export function keepPlaces({ nodes, aligned, previous, shapes, measure }: KeepPlacesInput): NodePositions {
  const changedGroups = new Set<string>();
  const childrenOf = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    if (node.parentId !== undefined) {
      const list = childrenOf.get(node.parentId);
      if (list) list.push(node);
      else childrenOf.set(node.parentId, [node]);
    }
    if (shapes.get(node.id) === previous.shapes.get(node.id)) continue;
    if (isGroup(node)) changedGroups.add(node.id);
    if (node.parentId !== undefined) changedGroups.add(node.parentId);
  }
  const out: Record<string, NodeBox> = {};
  const kept: string[] = [];
  const placedAnew: string[] = [];
  for (const node of nodes) {
    const now = aligned[node.id];
    const before = previous.positions[node.id];
    if (!now || node.parentId !== undefined) continue;
    let size: { readonly width: number; readonly height: number } = now;
    if (isGroup(node)) {
      const children = childrenOf.get(node.id) ?? [];
      if (!before) for (const child of children) out[child.id] = aligned[child.id] ?? ZERO_BOX;
      else if (!changedGroups.has(node.id)) {
        for (const child of children) out[child.id] = previous.positions[child.id] ?? aligned[child.id] ?? ZERO_BOX;
        size = before;
      } else size = repackGroup(node, children, aligned, previous, out, measure);
    }
    const at = before ?? now;
    out[node.id] = { x: at.x, y: at.y, width: size.width, height: size.height };
    (before ? kept : placedAnew).push(node.id);
  }
  pushApart(out, kept, placedAnew);
  return out;
}

/**
 * Inside a Node group whose pods changed: pods drawn before keep their places; a new pod first takes a place
 * that a removed pod (or an opened stack) left, else the fresh layout's; overlaps push down. Returns the size.
 */
function repackGroup(
  group: GraphNode,
  children: readonly GraphNode[],
  aligned: NodePositions,
  previous: PreviousLayout,
  out: Record<string, NodeBox>,
  measure: TextMeasure,
): { width: number; height: number } {
  const current = new Set(children.map((c) => c.id));
  const vacated = (previous.childrenOf.get(group.id) ?? []).filter((id) => !current.has(id)).map((id) => previous.positions[id] ?? ZERO_BOX);
  const before = new Set(previous.childrenOf.get(group.id) ?? []);
  // Mostly new pods (a stack opened, a rollout): the group is a new picture; take the fresh grid whole.
  const keptCount = children.filter((c) => before.has(c.id)).length;
  if (keptCount * 2 < children.length) before.clear();
  const kept: string[] = [];
  const placedAnew: string[] = [];
  for (const child of children) {
    // A pod that was in another group before has coordinates relative to that group: it is new here.
    const old = before.has(child.id) ? previous.positions[child.id] : undefined;
    const now = aligned[child.id] ?? ZERO_BOX;
    const slot = old ? undefined : vacated.shift();
    out[child.id] = old ? { ...old, width: now.width, height: now.height } : slot ? { ...now, x: slot.x, y: slot.y } : now;
    (old ? kept : placedAnew).push(child.id);
  }
  pushApart(out, kept, placedAnew);
  if (isIslandId(group.id))
    return islandSizeAround(
      group,
      children.map((child) => out[child.id] ?? ZERO_BOX),
      measure,
    );
  const empty = estimateEmptyGroupSize(group, measure);
  let width = empty.width;
  let height = empty.height;
  for (const child of children) {
    const box = out[child.id] ?? ZERO_BOX;
    width = Math.max(width, box.x + box.width + GROUP_PADDING_PX);
    height = Math.max(height, box.y + box.height + GROUP_PADDING_PX);
  }
  return { width, height };
}

/**
 * Resolves overlaps by moving boxes down, never sideways (columns stay columns). Boxes drawn before settle
 * first, top to bottom (a grown group pushes what is below it); new boxes then move out of their way.
 */
export function pushApart(boxes: Record<string, NodeBox>, kept: readonly string[], placedAnew: readonly string[]): void {
  const byY = (ids: readonly string[]): string[] => [...ids].sort((a, b) => (boxes[a]?.y ?? 0) - (boxes[b]?.y ?? 0));
  const settled: NodeBox[] = [];
  for (const id of [...byY(kept), ...byY(placedAnew)]) {
    let box = boxes[id];
    if (!box) continue;
    for (let moved = true; moved;) {
      moved = false;
      for (const other of settled) {
        if (!overlaps(box, other)) continue;
        box = { ...box, y: other.y + other.height + PUSH_GAP_PX };
        moved = true;
      }
    }
    boxes[id] = box;
    settled.push(box);
  }
}

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height + PUSH_GAP_PX && b.y < a.y + a.height + PUSH_GAP_PX;
}
