import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ClusterGraph } from '../core';
import type { NodeBox, NodePositions } from '../protocol';
import {
  ESTIMATED_MEASURE,
  GROUP_PADDING_PX,
  estimateCardSize,
  estimateEmptyGroupSize,
  groupContentTop,
  type TextMeasure,
} from './node-size';

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Endpoints point at pods inside Node groups: edges must cross the group border.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  // Tight enough that fit-to-view keeps text readable on a projector, loose enough for edge labels.
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '22',
  'elk.spacing.edgeLabel': '6',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
} as const;

/** `runs-on` is shown by containment (the pod sits inside its Node), so it is no edge for the layout. */
function isLayoutEdge(kind: string): boolean {
  return kind !== 'runs-on';
}

/** Builds ELK's input: Kubernetes Nodes are compound nodes holding their pods; every other node is a leaf. */
export function toElkGraph(graph: ClusterGraph, measure: TextMeasure = ESTIMATED_MEASURE): ElkNode {
  const groups = new Map<string, ElkNode>();
  const children: ElkNode[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== 'node') continue;
    const group: ElkNode = {
      id: node.id,
      layoutOptions: {
        'elk.padding': `[top=${groupContentTop(node)},left=${GROUP_PADDING_PX},bottom=${GROUP_PADDING_PX},right=${GROUP_PADDING_PX}]`,
        'elk.nodeSize.minimum': sizeOption(estimateEmptyGroupSize(node, measure)),
        // Brackets matter: ELK reads this option as a set and ignores a bare value for compound nodes.
        'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
      },
      children: [],
    };
    groups.set(node.id, group);
    children.push(group);
  }
  for (const node of graph.nodes) {
    if (node.kind === 'node') continue;
    const leaf: ElkNode = { id: node.id, ...estimateCardSize(node, measure) };
    const parent = node.parentId === undefined ? undefined : groups.get(node.parentId);
    if (parent) parent.children?.push(leaf);
    else children.push(leaf);
  }
  // ELK sizes compound nodes from their children; a Node without pods needs an explicit size.
  for (const node of graph.nodes) {
    const group = groups.get(node.id);
    if (group && group.children?.length === 0) {
      Object.assign(group, estimateEmptyGroupSize(node, measure));
      // A Node without pods (the control plane) belongs with the other Nodes at the right, not among Services.
      group.layoutOptions = { ...group.layoutOptions, 'elk.layered.layering.layerConstraint': 'LAST' };
    }
  }
  const edges: ElkExtendedEdge[] = graph.edges
    .filter((edge) => isLayoutEdge(edge.kind))
    .map((edge) => ({
      id: edge.id,
      sources: [edge.source],
      targets: [edge.target],
      // ELK keeps room for a label it knows about; React Flow draws it at the edge's middle.
      ...(edge.label ? { labels: [{ id: `${edge.id}:label`, text: edge.label, width: measure.detailWidth(edge.label) + 12, height: 20 }] } : {}),
    }));
  return { id: 'root', layoutOptions: { ...ROOT_OPTIONS }, children, edges };
}

function sizeOption(size: { width: number; height: number }): string {
  return `(${size.width}, ${size.height})`;
}

/** Reads ELK's answer back: top-level boxes are absolute, children keep ELK's parent-relative coordinates. */
export function readElkPositions(root: ElkNode): NodePositions {
  const positions: Record<string, NodeBox> = {};
  const visit = (node: ElkNode): void => {
    positions[node.id] = {
      x: Math.round(node.x ?? 0),
      y: Math.round(node.y ?? 0),
      width: Math.round(node.width ?? 0),
      height: Math.round(node.height ?? 0),
    };
    for (const child of node.children ?? []) visit(child);
  };
  for (const child of root.children ?? []) visit(child);
  return positions;
}
