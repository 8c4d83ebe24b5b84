import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../to-flow-elements';
import './island.css';

/** A namespace island: a lightly tinted frame titled with the namespace, around that namespace's objects. */
export function IslandNode({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation('canvas');
  const title = t('namespaceIsland', { namespace: data.node.namespace });
  return (
    <div className="island">
      <div className="island-title" title={title}>
        {title}
      </div>
    </div>
  );
}
