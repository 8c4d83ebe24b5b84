import type { ClusterGraph, GraphNode, GraphNodeKind } from '../core';
import type { NodeBox, NodePositions } from '../protocol';
import { ESTIMATED_MEASURE, GROUP_PADDING_PX, estimateCardSize, estimateEmptyGroupSize, groupContentTop, type BoxSize, type TextMeasure } from './node-size';
import { frameIsland, islandContents } from './island-layout';
import { isIslandId } from './view/namespace-islands';

/** Left to right, the way a request travels, then the workloads, then the machines with their pods. */
const COLUMN_OF: Readonly<Record<GraphNodeKind, number>> = {
  client: 0,
  loadbalancer: 1,
  ingress: 1,
  service: 2,
  endpoints: 3,
  endpointslice: 3,
  deployment: 4,
  statefulset: 4,
  daemonset: 4,
  replicaset: 5,
  node: 6,
  pod: 6,
  // A folded namespace stands where its Services would.
  namespace: 2,
};
const COLUMN_COUNT = 7;
const COLUMN_GAP_PX = 90;
const ROW_GAP_PX = 24;
const POD_GAP_PX = 12;
/** Pods per row inside a Node grow with the square root of their number, so big Nodes stay roughly square. */
const MAX_PODS_PER_ROW = 20;

interface Placed {
  readonly node: GraphNode;
  readonly size: BoxSize;
}

/**
 * Structural placement for graphs too big for ELK: every step is a pass over the nodes, so 5,000 objects
 * place in milliseconds. Pods sit in a grid inside their Node group, at parent-relative coordinates.
 */
export function layoutByColumns(graph: ClusterGraph, measure: TextMeasure = ESTIMATED_MEASURE): NodePositions {
  const positions: Record<string, NodeBox> = {};
  const podsByNode = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.kind === 'node') podsByNode.set(node.id, []);
  }
  const columns: Placed[][] = Array.from({ length: COLUMN_COUNT }, () => []);
  for (const node of graph.nodes) {
    const siblings = node.parentId === undefined ? undefined : podsByNode.get(node.parentId);
    if (siblings) siblings.push(node);
  }
  for (const node of graph.nodes) {
    if (node.parentId !== undefined && (podsByNode.has(node.parentId) || isIslandId(node.parentId))) continue;
    const size =
      node.kind === 'node'
        ? placeGroupChildren(node, podsByNode.get(node.id) ?? [], positions, measure)
        : isIslandId(node.id)
          ? placeIsland(graph, node, positions, measure)
          : estimateCardSize(node, measure);
    columns[COLUMN_OF[node.kind]]?.push({ node, size });
  }
  const heights = columns.map((column) => column.reduce((sum, item) => sum + item.size.height + ROW_GAP_PX, -ROW_GAP_PX));
  const tallest = Math.max(0, ...heights);
  let x = 0;
  columns.forEach((column, index) => {
    if (column.length === 0) return;
    // Centre short columns against the tallest so edges run mostly level.
    let y = Math.round((tallest - (heights[index] ?? 0)) / 2);
    let width = 0;
    for (const { node, size } of column) {
      positions[node.id] = { x, y, width: size.width, height: size.height };
      y += size.height + ROW_GAP_PX;
      width = Math.max(width, size.width);
    }
    x += width + COLUMN_GAP_PX;
  });
  return positions;
}

/** An island's members in columns of their own, framed under its title; returns the island's size. */
function placeIsland(graph: ClusterGraph, island: GraphNode, positions: Record<string, NodeBox>, measure: TextMeasure): BoxSize {
  const contents = islandContents(graph, island.id);
  const laidOut = layoutByColumns(contents, measure);
  return frameIsland(
    island,
    laidOut,
    contents.nodes.map((node) => node.id),
    positions,
    measure,
  );
}

/**
 * Lays out a Node's pods in a grid, a little wider than tall (the canvas is landscape), and returns the
 * group's size. Both placements use it: ELK sees a Node group as one box of this size.
 */
export function placeGroupChildren(group: GraphNode, pods: readonly GraphNode[], positions: Record<string, NodeBox>, measure: TextMeasure): BoxSize {
  const empty = estimateEmptyGroupSize(group, measure);
  if (pods.length === 0) return empty;
  const sizes = pods.map((pod) => estimateCardSize(pod, measure));
  const cellWidth = Math.max(...sizes.map((size) => size.width));
  const cellHeight = Math.max(...sizes.map((size) => size.height));
  // Up to three pods sit in a column, so the edges coming in from the left reach each without crossing another.
  const perRow = pods.length <= 3 ? 1 : Math.min(MAX_PODS_PER_ROW, Math.ceil(Math.sqrt(pods.length * 1.5)));
  const rows = Math.ceil(pods.length / perRow);
  const top = groupContentTop(group);
  pods.forEach((pod, index) => {
    const column = index % perRow;
    const row = Math.floor(index / perRow);
    positions[pod.id] = {
      x: GROUP_PADDING_PX + column * (cellWidth + POD_GAP_PX),
      y: top + row * (cellHeight + POD_GAP_PX),
      width: sizes[index]?.width ?? cellWidth,
      height: sizes[index]?.height ?? cellHeight,
    };
  });
  const width = 2 * GROUP_PADDING_PX + perRow * cellWidth + (perRow - 1) * POD_GAP_PX;
  const height = top + rows * cellHeight + (rows - 1) * POD_GAP_PX + GROUP_PADDING_PX;
  return { width: Math.max(empty.width, width), height };
}
