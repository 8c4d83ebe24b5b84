import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../to-flow-elements';
import { NodeCard } from './NodeCard';

/** Workloads, ReplicaSets, Endpoints, the client, load balancers and Ingresses: kind, name, facts. */
export function CardNode({ data }: NodeProps<FlowNode>) {
  return <NodeCard node={data.node} findings={data.findings} hideNamespace={data.inIsland === true} />;
}
