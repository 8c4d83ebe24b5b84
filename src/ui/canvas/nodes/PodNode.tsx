import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../to-flow-elements';
import { NodeCard } from './NodeCard';

/** A pod: its IP, then its state with a dot whose colour follows readiness. */
export function PodNode({ data }: NodeProps<FlowNode>) {
  const [ip, state, ...rest] = data.node.details;
  const lines = [
    ...(ip !== undefined ? [ip] : []),
    ...(state !== undefined
      ? [
          <span className="pod-state">
            <span className="status-dot" aria-hidden="true" />
            {state}
          </span>,
        ]
      : []),
    ...rest,
  ];
  return <NodeCard node={data.node} lines={lines} findings={data.findings} />;
}
