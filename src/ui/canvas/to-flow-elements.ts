import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { TFunction } from 'i18next';
import type { ClusterGraph, Diagnostic, GraphEdge, GraphNode, GraphNodeKind } from '../../core';
import { islandGraphNode, type NamespaceIsland, type NodePositions, type PodStack } from '../../protocol';
import { kindTitle } from './kind-titles';

export type FlowNodeType = 'service' | 'pod' | 'k8sNode' | 'card' | 'podStack' | 'namespace' | 'island';
export type GraphNodeData = {
  readonly node: GraphNode;
  /** Diagnostics about this object: a badge on the card, the messages in its accessible description. */
  readonly findings?: readonly Diagnostic[];
  /** Set when the node stands for several pods (see PodStack). */
  readonly stack?: PodStack;
  /** Drawn inside its namespace's island, whose title already names the namespace. */
  readonly inIsland?: boolean;
};
export type FlowNode = Node<GraphNodeData, FlowNodeType>;
export type FlowEdge = Edge<{ readonly kind: GraphEdge['kind'] }>;

export function flowNodeType(kind: GraphNodeKind): FlowNodeType {
  switch (kind) {
    case 'service':
      return 'service';
    case 'pod':
      return 'pod';
    case 'node':
      return 'k8sNode';
    case 'namespace':
      return 'namespace';
    case 'client':
    case 'loadbalancer':
    case 'ingress':
    case 'endpoints':
    case 'endpointslice':
    case 'deployment':
    case 'replicaset':
    case 'statefulset':
    case 'daemonset':
      return 'card';
    default:
      return assertNever(kind);
  }
}

/** Accessible name of a drawn node, in the UI's language: what a screen reader and an e2e test look it up by. */
export function nodeAriaLabel(node: GraphNode, t: TFunction<'canvas'>, stack?: PodStack): string {
  if (stack) return stack.nodeName ? t('podStackOnNode', { name: node.label, node: stack.nodeName }) : t('podStack', { name: node.label });
  return t('nodeName', { kind: kindTitle(node.kind, t), name: node.label });
}

/** Extra facts drawn on nodes: findings and pod stacks, from the last load. */
export interface NodeDecorations {
  readonly findingsByNode?: Readonly<Record<string, readonly Diagnostic[]>>;
  readonly stacks?: Readonly<Record<string, PodStack>>;
  /** Namespaces drawn as a box around their objects. */
  readonly islands?: readonly NamespaceIsland[];
}

/** React Flow describes every node with its keyboard help under this id (its default flow id is "1"). */
const REACT_FLOW_NODE_HELP_ID = 'react-flow__node-desc-1';

/** The id of the element holding a node's findings, which its accessible description points at. */
export function findingsElementId(nodeId: string): string {
  return `findings-${nodeId}`;
}

/**
 * Graph + worker positions → React Flow nodes. Parents must precede their children in React Flow's array,
 * so Kubernetes Nodes go first. Sizes are fixed to the worker's estimate, so layout and drawing agree.
 */
export function toFlowNodes(graph: ClusterGraph, positions: NodePositions, t: TFunction<'canvas'>, decorations: NodeDecorations = {}): FlowNode[] {
  const islands = (decorations.islands ?? []).filter((island) => positions[island.id] !== undefined);
  const ids = new Set([...graph.nodes.map((node) => node.id), ...islands.map((island) => island.id)]);
  const islandOf = new Map<string, string>();
  for (const island of islands) for (const id of island.memberIds) islandOf.set(id, island.id);
  const groups = graph.nodes.filter((node) => node.kind === 'node');
  const others = graph.nodes.filter((node) => node.kind !== 'node');
  const islandNodes = islands.map((island) => toIslandNode(island, positions, t));
  return [
    ...islandNodes,
    ...[...groups, ...others].map((node) => {
      const box = positions[node.id] ?? { x: 0, y: 0, width: 180, height: 80 };
      const ownParent = islandOf.get(node.id) ?? node.parentId;
      const parentId = ownParent !== undefined && ids.has(ownParent) ? ownParent : undefined;
      const findings = decorations.findingsByNode?.[node.id];
      const stack = decorations.stacks?.[node.id];
      const flowNode: FlowNode = {
        id: node.id,
        type: stack ? 'podStack' : flowNodeType(node.kind),
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        data: {
          node,
          ...(findings && findings.length > 0 ? { findings } : {}),
          ...(stack ? { stack } : {}),
          ...(islandOf.has(node.id) ? { inIsland: true } : {}),
        },
        ariaLabel: nodeAriaLabel(node, t, stack),
        // Findings first: they are what a screen reader user needs to hear about this object.
        ...(findings && findings.length > 0 ? { domAttributes: { 'aria-describedby': `${findingsElementId(node.id)} ${REACT_FLOW_NODE_HELP_ID}` } } : {}),
        connectable: false,
        className: `kind-${node.kind}`,
        ...(node.kind === 'node' ? { zIndex: -1 } : {}),
        ...(parentId !== undefined ? { parentId, extent: 'parent' as const } : {}),
      };
      return flowNode;
    }),
  ];
}

/**
 * A namespace island: a frame, named for assistive technology like every drawn node, but neither selectable
 * nor a tab stop (the objects inside it are). Its data is a stand-in node, as the node components expect.
 */
function toIslandNode(island: NamespaceIsland, positions: NodePositions, t: TFunction<'canvas'>): FlowNode {
  const box = positions[island.id] ?? { x: 0, y: 0, width: 200, height: 60 };
  const node = islandGraphNode(island);
  return {
    id: island.id,
    type: 'island',
    position: { x: box.x, y: box.y },
    width: box.width,
    height: box.height,
    data: { node },
    ariaLabel: t('namespaceIsland', { namespace: island.namespace }),
    ariaRole: 'group',
    // React Flow describes every node with its keyboard help ("press Enter to select"): not for a frame.
    domAttributes: { 'aria-describedby': undefined },
    selectable: false,
    focusable: false,
    draggable: false,
    connectable: false,
    className: 'namespace-island',
    zIndex: -2,
  };
}

/** A namespace island is a frame, not an object: clicking it selects nothing. */
export function isIslandNode(node: FlowNode): boolean {
  return node.type === 'island';
}

/** `runs-on` is drawn as containment (the pod inside its Node), not as a line. */
export function toFlowEdges(graph: ClusterGraph): FlowEdge[] {
  return graph.edges
    .filter((edge) => edge.kind !== 'runs-on')
    .map((edge) => {
      const dashed = edge.ready === false;
      const flowEdge: FlowEdge = {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        data: { kind: edge.kind },
        className: `edge-${edge.kind}${dashed ? ' edge-unready' : ''}`,
        markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: EDGE_COLOR[edge.kind] },
        focusable: false,
        ...(edge.label !== undefined ? { label: edge.label } : {}),
      };
      return flowEdge;
    });
}

/**
 * The edge tokens of app.css, as canvas.css strokes the lines: React Flow writes a marker's colour into the
 * arrowhead's inline style, where var() resolves in the page, so arrowheads follow the theme too.
 */
const EDGE_COLOR: Readonly<Record<GraphEdge['kind'], string>> = {
  owns: 'var(--edge-owns)',
  endpoints: 'var(--edge-endpoints)',
  endpoint: 'var(--edge-endpoints)',
  selects: 'var(--edge-selects)',
  routes: 'var(--edge-routes)',
  'runs-on': 'var(--edge-runs-on)',
  reaches: 'var(--edge-routes)',
};

function assertNever(value: never): never {
  throw new Error(`Unhandled kind ${String(value)}`);
}
