import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { selectSetNamespaceExpanded } from '../../../store';
import { useAppStore } from '../../store-context';
import type { FlowNode } from '../to-flow-elements';
import { cardDetailLines } from './card-lines';
import { NodeCard } from './NodeCard';

/** A folded namespace: what is in it, and the button (its last detail line) that draws it object by object. */
export function NamespaceNode({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation('canvas');
  const expand = useAppStore(selectSetNamespaceExpanded);
  const { node, findings } = data;
  // The counts in the UI's language (the worker's English lines sized the card); the last line is the button.
  const [contents = '', pods = ''] = cardDetailLines(node, t);
  const lines = [
    contents,
    pods,
    <button
      type="button"
      className="stack-open nodrag"
      onClick={(event) => {
        // Opening is not selecting: the card goes away, the inspector should not open on it.
        event.stopPropagation();
        expand(node.namespace, true);
      }}
      aria-label={t('showNamespace', { namespace: node.namespace })}
    >
      ▸ {t('openNamespace')}
    </button>,
  ];
  return <NodeCard node={node} lines={lines} findings={findings} hideNamespace />;
}
