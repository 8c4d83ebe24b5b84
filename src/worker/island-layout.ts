import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ClusterGraph, GraphNode } from '../core';
import type { NodeBox, NodePositions } from '../protocol';
import { ISLAND_METRICS } from '../protocol';
import type { BoxSize, TextMeasure } from './node-size';

/**
 * A namespace island's box: its title bar, then its members, placed by a layout of their own (ELK, or the
 * columns placement past ELK's limit) and framed here. The root layout sees the island as one box, so it
 * never needs compound nodes (which ELK lays out slowly, see the README).
 */
export function islandEmptySize(island: GraphNode, measure: TextMeasure): BoxSize {
  // "Namespace " in English; the Chinese title is no wider. A few pixels of slack for sub-pixel rounding.
  const title = Math.ceil(measure.labelWidth(`Namespace ${island.label}`)) + 2 * ISLAND_METRICS.paddingPx + 8;
  return { width: Math.max(200, title), height: ISLAND_METRICS.titleHeightPx + ISLAND_METRICS.paddingPx };
}

/** The island's members and the edges between them: what its own layout places. */
export function islandContents(graph: ClusterGraph, islandId: string): ClusterGraph {
  const members = graph.nodes.filter((node) => node.parentId === islandId).map(({ parentId: _island, ...node }): GraphNode => node);
  const ids = new Set(members.map((node) => node.id));
  return { nodes: members, edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)) };
}

/**
 * Moves the members' boxes (laid out from any origin) under the island's title, into `positions` relative
 * to the island, and returns the island's size.
 */
export function frameIsland(
  island: GraphNode,
  laidOut: NodePositions,
  memberIds: readonly string[],
  positions: Record<string, NodeBox>,
  measure: TextMeasure,
): BoxSize {
  const boxes = memberIds.map((id) => laidOut[id]).filter((box): box is NodeBox => box !== undefined);
  const left = Math.min(...boxes.map((box) => box.x));
  const top = Math.min(...boxes.map((box) => box.y));
  const empty = islandEmptySize(island, measure);
  let width = empty.width;
  let height = empty.height;
  for (const id of memberIds) {
    const box = laidOut[id];
    if (!box) continue;
    const placed = { ...box, x: box.x - left + ISLAND_METRICS.paddingPx, y: box.y - top + ISLAND_METRICS.titleHeightPx };
    positions[id] = placed;
    width = Math.max(width, placed.x + placed.width + ISLAND_METRICS.paddingPx);
    height = Math.max(height, placed.y + placed.height + ISLAND_METRICS.paddingPx);
  }
  return { width, height };
}

/** The size a group box has around its children as they are now placed (after keepPlaces moved some). */
export function islandSizeAround(island: GraphNode, children: readonly NodeBox[], measure: TextMeasure): BoxSize {
  const empty = islandEmptySize(island, measure);
  let width = empty.width;
  let height = empty.height;
  for (const box of children) {
    width = Math.max(width, box.x + box.width + ISLAND_METRICS.paddingPx);
    height = Math.max(height, box.y + box.height + ISLAND_METRICS.paddingPx);
  }
  return { width, height };
}

/**
 * Two stand-ins for the rest of the picture in an island's own layout: a source before its first layer for
 * edges coming in (the client to an Ingress) and a sink after its last for edges going out (to pods). Then the
 * objects that lead to pods (Endpoints, ReplicaSets) line up at the island's right edge, as in a layout of
 * the whole graph, and the lines leaving the island do not cross the cards inside it. Not drawn: frameIsland
 * reads the members' boxes only.
 */
export function withBoundary(root: ElkNode, graph: ClusterGraph, islandId: string): ElkNode {
  const inside = new Set(graph.nodes.filter((node) => node.parentId === islandId).map((node) => node.id));
  const entering = new Set<string>();
  const leaving = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.kind === 'runs-on' || inside.has(edge.source) === inside.has(edge.target)) continue;
    if (inside.has(edge.target)) entering.add(edge.target);
    else leaving.add(edge.source);
  }
  const source = `${islandId}:in`;
  const sink = `${islandId}:out`;
  const children = [...(root.children ?? [])];
  const edges = [...(root.edges ?? [])];
  if (entering.size > 0) {
    children.push({ id: source, width: 1, height: 1, layoutOptions: { 'elk.layered.layering.layerConstraint': 'FIRST' } });
    for (const id of entering) edges.push({ id: `${source}->${id}`, sources: [source], targets: [id] });
  }
  if (leaving.size > 0) {
    children.push({ id: sink, width: 1, height: 1, layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST' } });
    for (const id of leaving) edges.push({ id: `${id}->${sink}`, sources: [id], targets: [sink] });
  }
  return { ...root, children, edges };
}
