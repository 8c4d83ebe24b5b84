import type { ClusterGraph, GraphNode } from '../core';
import { ISLAND_METRICS, type LayoutContinuity, type NodeBox, type NodePositions } from '../protocol';
import { keepPlaces } from './keep-places';
import type { GraphLayout } from './layout';
import { placeGroupChildren } from './columns-layout';
import { isGroup, ownSize } from './group-boxes';
import { estimateCardSize, type TextMeasure } from './node-size';
import { isIslandId } from './view/namespace-islands';

/**
 * Keeps the picture still when the cluster changes a little (a what-if, a typo fixed): the eye should see
 * what changed, not everything jump. Figures are in the worker README.
 * - Nothing drawn changed size or parent (a pod made unready, a policy edited): the previous positions are
 *   reused and no layout engine runs ('kept').
 * - Every top-level box was drawn before (only pods inside Node groups came or went: a scale, a stack opened):
 *   no layout engine runs either; old boxes keep their places, new pods take places that removed ones left or
 *   go below the others in their group (keep-places.ts), and a grown group pushes what is below it down
 *   ('patched').
 * - New top-level objects (a client once a Service is NodePort): the graph is laid out anew and shifted by the
 *   median displacement of the boxes both pictures share; then every box drawn before goes back to its old
 *   place and only new ones take the new layout's ('patched').
 * - A graph sharing less than half of the previous one's objects (Kubernetes Nodes, which every cluster has,
 *   do not count) is a new picture ('fresh').
 */
export interface PreviousLayout extends GraphLayout {
  readonly shapes: ReadonlyMap<string, string>;
  /** Node group id → the ids drawn inside it. */
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  /** How many of the user's objects (top-level boxes but Kubernetes Nodes) were drawn. */
  readonly objectCount: number;
}

export interface StableLayout extends GraphLayout {
  readonly continuity: LayoutContinuity;
}

/** Share of the previous objects that must still be drawn for the new picture to keep the old one. */
const MIN_SHARED = 0.5;

export function childrenById(graph: ClusterGraph): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const node of graph.nodes) {
    if (node.parentId === undefined) continue;
    const list = children.get(node.parentId);
    if (list) list.push(node.id);
    else children.set(node.parentId, [node.id]);
  }
  return children;
}

/** Size and parent of every node (and a group's children): equal shapes give equal layouts. */
export function shapesOf(graph: ClusterGraph, measure: TextMeasure): Map<string, string> {
  const shapes = new Map<string, string>();
  const children = childrenById(graph);
  for (const node of graph.nodes) {
    const size = ownSize(node, measure);
    const inside = isGroup(node) ? `[${(children.get(node.id) ?? []).join(',')}]` : '';
    shapes.set(node.id, `${node.parentId ?? ''}|${size.width}x${size.height}${inside}`);
  }
  return shapes;
}

export async function layoutStably(
  graph: ClusterGraph,
  measure: TextMeasure,
  before: PreviousLayout | undefined,
  layout: (graph: ClusterGraph) => Promise<GraphLayout>,
): Promise<{ readonly layout: StableLayout; readonly remember: PreviousLayout }> {
  const shapes = shapesOf(graph, measure);
  const previous = before && withoutMovedObjects(graph, before);
  const result = await place();
  const remember: PreviousLayout = {
    positions: result.positions,
    engine: result.engine,
    shapes,
    childrenOf: childrenById(graph),
    objectCount: graph.nodes.filter(isObject).length,
  };
  return { layout: result, remember };

  async function place(): Promise<StableLayout> {
    if (previous && sameShapes(shapes, previous.shapes)) return { positions: previous.positions, engine: previous.engine, continuity: 'kept' };
    if (!previous || !sharesEnough(graph.nodes, previous)) return { ...(await layout(graph)), continuity: 'fresh' };
    if (graph.nodes.every((n) => n.parentId !== undefined || previous.positions[n.id] !== undefined)) {
      const estimated = placeInPrevious(graph, previous, measure);
      return { positions: keepPlaces({ nodes: graph.nodes, aligned: estimated, previous, shapes, measure }), engine: previous.engine, continuity: 'patched' };
    }
    const fresh = await layout(graph);
    const aligned = translate(graph.nodes, fresh.positions, alignment(graph.nodes, fresh.positions, previous));
    return { ...fresh, positions: keepPlaces({ nodes: graph.nodes, aligned, previous, shapes, measure }), continuity: 'patched' };
  }
}

/**
 * An object that went into an island or out of one (a second namespace appeared or went) has coordinates
 * relative to another box than before: it is new to this picture. (A pod that moved between Nodes is
 * handled inside its group by keepPlaces, which needs its old box.)
 */
function withoutMovedObjects(graph: ClusterGraph, previous: PreviousLayout): PreviousLayout {
  const positions: Record<string, NodeBox> = { ...previous.positions };
  let moved = false;
  for (const node of graph.nodes) {
    if (node.kind === 'pod' || positions[node.id] === undefined) continue;
    const parentBefore = previous.shapes.get(node.id)?.split('|')[0] ?? '';
    if (parentBefore === (node.parentId ?? '')) continue;
    delete positions[node.id];
    moved = true;
  }
  return moved ? { ...previous, positions } : previous;
}

/**
 * Without a layout engine: every box where it was, at its new size; a new pod where the grid of its group's
 * new pods puts it (as a fresh layout would), from where keepPlaces moves it into a free place.
 */
function placeInPrevious(graph: ClusterGraph, previous: PreviousLayout, measure: TextMeasure): NodePositions {
  const grid: Record<string, NodeBox> = {};
  const children = childrenById(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const [groupId, ids] of children) {
    const group = byId.get(groupId);
    if (group && isIslandId(groupId)) placeBelow(ids, previous, measure, byId, grid);
    else if (group)
      placeGroupChildren(
        group,
        ids.map((id) => byId.get(id)).filter((n): n is GraphNode => n !== undefined),
        grid,
        measure,
      );
  }
  const out: Record<string, NodeBox> = {};
  for (const node of graph.nodes) {
    const size = ownSize(node, measure);
    const before = previous.positions[node.id];
    if (before) out[node.id] = { ...before, ...(isGroup(node) ? {} : size) };
    else out[node.id] = grid[node.id] ?? { x: 0, y: 0, ...size };
  }
  return out;
}

/** New objects in an island go under the ones it held: its other boxes stay where they were. */
function placeBelow(
  ids: readonly string[],
  previous: PreviousLayout,
  measure: TextMeasure,
  byId: ReadonlyMap<string, GraphNode>,
  out: Record<string, NodeBox>,
): void {
  let bottom: number = ISLAND_METRICS.titleHeightPx;
  for (const id of ids) {
    const box = previous.positions[id];
    if (box) bottom = Math.max(bottom, box.y + box.height + ISLAND_METRICS.paddingPx);
  }
  for (const id of ids) {
    const node = byId.get(id);
    if (!node || previous.positions[id]) continue;
    const size = estimateCardSize(node, measure);
    out[id] = { x: ISLAND_METRICS.paddingPx, y: bottom, ...size };
    bottom += size.height + ISLAND_METRICS.paddingPx;
  }
}

/** One of the user's objects: not a Kubernetes Node, nor a pod inside one, nor an island (a frame). */
function isObject(node: GraphNode): boolean {
  if (node.kind === 'node' || isIslandId(node.id)) return false;
  return node.parentId === undefined || isIslandId(node.parentId);
}

function sameShapes(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, shape] of a) if (b.get(id) !== shape) return false;
  return true;
}

/** Whether the new graph still draws at least half of the objects the previous picture showed. */
function sharesEnough(nodes: readonly GraphNode[], previous: PreviousLayout): boolean {
  let shared = 0;
  for (const node of nodes) if (isObject(node) && previous.positions[node.id] !== undefined) shared += 1;
  return shared > 0 && shared >= MIN_SHARED * previous.objectCount;
}

/** The median displacement of the top-level boxes both layouts share. */
function alignment(nodes: readonly GraphNode[], next: NodePositions, previous: PreviousLayout): { dx: number; dy: number } {
  const dxs: number[] = [];
  const dys: number[] = [];
  for (const node of nodes) {
    if (node.parentId !== undefined) continue;
    const a = previous.positions[node.id];
    const b = next[node.id];
    if (!a || !b) continue;
    dxs.push(a.x - b.x);
    dys.push(a.y - b.y);
  }
  return { dx: median(dxs), dy: median(dys) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Only top-level boxes move: children are relative to their Node group. */
function translate(nodes: readonly GraphNode[], positions: NodePositions, shift: { dx: number; dy: number }): NodePositions {
  const out: Record<string, NodeBox> = { ...positions };
  for (const node of nodes) {
    const box = positions[node.id];
    if (box && node.parentId === undefined) out[node.id] = { ...box, x: box.x + shift.dx, y: box.y + shift.dy };
  }
  return out;
}
