import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { ClusterGraph, GraphNode } from '../core';
import type { NodeBox, NodePositions } from '../protocol';
import { placeGroupChildren } from './columns-layout';
import { ESTIMATED_MEASURE, estimateCardSize, type BoxSize, type TextMeasure } from './node-size';

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Tight enough that fit-to-view keeps text readable on a projector, loose enough for edge labels.
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '22',
  'elk.spacing.edgeLabel': '6',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
  // One layering for everything: a Node without pods is alone in its component, and must still go LAST.
  'elk.separateConnectedComponents': 'false',
} as const;

/** `runs-on` is shown by containment (the pod sits inside its Node), so it is no edge for the layout. */
function isLayoutEdge(kind: string): boolean {
  return kind !== 'runs-on';
}

export interface ElkInput {
  readonly root: ElkNode;
  /** Pods' boxes inside their Node group, placed before ELK runs (see toElkGraph). */
  readonly inside: NodePositions;
}

/**
 * Builds ELK's input. A Kubernetes Node is one box whose pods are packed in a grid beforehand (as the
 * columns placement does): as compound nodes with INCLUDE_CHILDREN, ELK stacked the pods in one tall column
 * and took 1–3 s for 200 nodes; as leaves, edges into a pod count as edges into its Node, which is all the
 * layering needs, and the picture stays landscape.
 */
export function toElkGraph(graph: ClusterGraph, measure: TextMeasure = ESTIMATED_MEASURE, islands: ReadonlyMap<string, BoxSize> = new Map()): ElkInput {
  const podsByGroup = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) if (node.kind === 'node') podsByGroup.set(node.id, []);
  const groupOf = new Map<string, string>();
  for (const node of graph.nodes) {
    if (node.parentId === undefined) continue;
    // An island's members were placed inside it beforehand (layout.ts): like pods, they are its box here.
    if (islands.has(node.parentId)) groupOf.set(node.id, node.parentId);
    const pods = podsByGroup.get(node.parentId);
    if (!pods) continue;
    pods.push(node);
    groupOf.set(node.id, node.parentId);
  }
  const inside: Record<string, NodeBox> = {};
  const children: ElkNode[] = [];
  for (const node of graph.nodes) {
    if (groupOf.has(node.id)) continue;
    const islandSize = islands.get(node.id);
    if (islandSize) {
      children.push({ id: node.id, width: islandSize.width, height: islandSize.height });
      continue;
    }
    if (node.kind !== 'node') {
      children.push({ id: node.id, ...estimateCardSize(node, measure) });
      continue;
    }
    const pods = podsByGroup.get(node.id) ?? [];
    const size = placeGroupChildren(node, pods, inside, measure);
    // A Node without pods (the control plane) belongs with the other Nodes at the right, not among Services.
    children.push({ id: node.id, ...size, ...(pods.length === 0 ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST' } } : {}) });
  }
  const edges: ElkExtendedEdge[] = [];
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    if (!isLayoutEdge(edge.kind)) continue;
    const source = groupOf.get(edge.source) ?? edge.source;
    const target = groupOf.get(edge.target) ?? edge.target;
    const key = `${source}->${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({
      id: edge.id,
      sources: [source],
      targets: [target],
      // ELK keeps room for a label it knows about; React Flow draws it at the edge's middle.
      ...(edge.label && source === edge.source && target === edge.target
        ? { labels: [{ id: `${edge.id}:label`, text: edge.label, width: measure.detailWidth(edge.label) + 12, height: 20 }] }
        : {}),
    });
  }
  return { root: { id: 'root', layoutOptions: { ...ROOT_OPTIONS }, children, edges }, inside };
}

/** Reads ELK's answer back: top-level boxes from ELK, pods where toElkGraph packed them inside their Node. */
export function readElkPositions(root: ElkNode, inside: NodePositions = {}): NodePositions {
  const positions: Record<string, NodeBox> = { ...inside };
  for (const node of root.children ?? []) {
    positions[node.id] = {
      x: Math.round(node.x ?? 0),
      y: Math.round(node.y ?? 0),
      width: Math.round(node.width ?? 0),
      height: Math.round(node.height ?? 0),
    };
  }
  return positions;
}
