import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../to-flow-elements';
import { cardDetailLines } from './card-lines';
import { NodeCard } from './NodeCard';

/** A pod: its IP, then its state with a dot whose colour follows readiness. */
export function PodNode({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation('canvas');
  const [ip, state, ...rest] = cardDetailLines(data.node, t);
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
