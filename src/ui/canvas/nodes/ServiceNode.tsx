import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../to-flow-elements';
import { NodeCard } from './NodeCard';
import { splitServiceDetails } from './service-details';

/** A Service: its type as a badge, then the ClusterIP and the ports, the facts a trainer points at. */
export function ServiceNode({ data }: NodeProps<FlowNode>) {
  const { type, rest } = splitServiceDetails(data.node.details);
  const lines = [...(type !== undefined ? [<span className={`service-type service-type-${type.toLowerCase()}`}>{type}</span>] : []), ...rest];
  return <NodeCard node={data.node} lines={lines} findings={data.findings} hideNamespace={data.inIsland === true} />;
}
