import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { nodeGroupTitleLines } from '../../../protocol';
import { kindTitle } from '../kind-titles';
import type { FlowNode } from '../to-flow-elements';
import './node-card.css';

/** A Kubernetes Node: a box its pods sit inside, titled with its name and addresses. */
export function NodeGroupNode({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation('canvas');
  const { node } = data;
  return (
    <div className={`node-group status-${node.status}`}>
      <div className="node-group-title" title={[node.label, ...node.details].join('\n')}>
        <div className="node-caption">{kindTitle('node', t)}</div>
        <div className="node-label">{node.label}</div>
        {nodeGroupTitleLines(node.details).map((line) => (
          <div className="node-detail" key={line}>
            {line}
          </div>
        ))}
      </div>
    </div>
  );
}
