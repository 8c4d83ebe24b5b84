import type { NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { selectSetNamespaceExpanded, selectSetStackExpanded } from '../../../store';
import { useAppStore } from '../../store-context';
import type { FlowNode } from '../to-flow-elements';
import { NodeCard } from './NodeCard';
import { podStackLines } from './stack-lines';

/**
 * Several replicas of a workload on one Node, drawn as one card over a shadow of more. The second detail
 * line (sized by the worker) is the button that draws them one by one.
 */
export function PodStackNode({ data }: NodeProps<FlowNode>) {
  const { t } = useTranslation('canvas');
  const setExpanded = useAppStore(selectSetStackExpanded);
  const expandNamespace = useAppStore(selectSetNamespaceExpanded);
  const { node, stack, findings } = data;
  // A folded namespace's pods on this Node: opening them opens the namespace.
  const folded = stack?.workload.kind === 'Namespace';
  // The worker's English lines sized the card; the same facts are drawn in the UI's language.
  const words = stack ? podStackLines(stack, t) : undefined;
  const summary = words ? words.summary : node.details[0];
  const open = words ? words.open : node.details[1];
  const lines = [
    summary ?? '',
    stack ? (
      <button
        type="button"
        className="stack-open nodrag"
        onClick={(event) => {
          // Opening is not selecting: the node goes away, the inspector should not open on it.
          event.stopPropagation();
          if (folded) expandNamespace(stack.namespace, true);
          else setExpanded(stack.id, true);
        }}
        aria-label={
          folded
            ? t('showNamespace', { namespace: stack.namespace })
            : stack.nodeName
              ? t('showStackPodsOnNode', { pods: stack.podNames.length, workload: stack.workload.name, node: stack.nodeName })
              : t('showStackPods', { pods: stack.podNames.length, workload: stack.workload.name })
        }
      >
        ▸ {open}
      </button>
    ) : (
      open
    ),
  ];
  return (
    <NodeCard
      node={node}
      lines={lines}
      words={[summary ?? '', open ?? '']}
      findings={findings}
      caption={t('podStackCaption')}
      className="pod-stack"
      hideNamespace={folded}
    />
  );
}
