import type { NodeProps } from '@xyflow/react';
import { selectSetNamespaceExpanded, selectSetStackExpanded } from '../../../store';
import { useAppStore } from '../../store-context';
import type { FlowNode } from '../to-flow-elements';
import { NodeCard } from './NodeCard';

/**
 * Several replicas of a workload on one Node, drawn as one card over a shadow of more. The second detail
 * line (sized by the worker) is the button that draws them one by one.
 */
export function PodStackNode({ data }: NodeProps<FlowNode>) {
  const setExpanded = useAppStore(selectSetStackExpanded);
  const expandNamespace = useAppStore(selectSetNamespaceExpanded);
  const { node, stack, findings } = data;
  // A folded namespace's pods on this Node: opening them opens the namespace.
  const folded = stack?.workload.kind === 'Namespace';
  const [summary, open] = node.details;
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
            ? `Show namespace ${stack.namespace}`
            : `Show the ${stack.podNames.length} pods of ${stack.workload.name}${stack.nodeName ? ` on ${stack.nodeName}` : ''}`
        }
      >
        ▸ {open}
      </button>
    ) : (
      open
    ),
  ];
  return <NodeCard node={node} lines={lines} findings={findings} caption="Pods" className="pod-stack" hideNamespace={folded} />;
}
