import type { NodeTypes } from '@xyflow/react';
import type { FlowNodeType } from '../to-flow-elements';
import { CardNode } from './CardNode';
import { IslandNode } from './IslandNode';
import { NamespaceNode } from './NamespaceNode';
import { NodeGroupNode } from './NodeGroupNode';
import { PodNode } from './PodNode';
import { PodStackNode } from './PodStackNode';
import { ServiceNode } from './ServiceNode';

/** Defined once at module level: React Flow re-mounts every node when this object changes identity. */
export const NODE_TYPES = {
  service: ServiceNode,
  pod: PodNode,
  k8sNode: NodeGroupNode,
  card: CardNode,
  podStack: PodStackNode,
  namespace: NamespaceNode,
  island: IslandNode,
} satisfies Record<FlowNodeType, NodeTypes[string]>;
