import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import { selectGraph, selectNamespaceSummaries, selectSearchCursor, selectSearchQuery, selectStacks } from '../../../store';
import { useAppStore } from '../../store-context';
import type { FlowEdge, FlowNode } from '../to-flow-elements';
import { findSearchMatches, wrapIndex, type SearchMatch } from './search';

const MATCH = 'is-search-match';
const CURRENT = 'is-search-current';

function withSearchClass(className: string | undefined, match: boolean, current: boolean): string {
  const base = (className ?? '').split(' ').filter((c) => c !== '' && c !== MATCH && c !== CURRENT);
  return [...base, ...(match ? [MATCH] : []), ...(current ? [CURRENT] : [])].join(' ');
}

/**
 * Rings the nodes whose name matches the search and zooms to the current one. Call it in the canvas after the
 * effect that sets a new graph's nodes: effects run in order, so the rings are put on the new nodes.
 */
export function useSearchHighlight(): { readonly matches: readonly SearchMatch[]; readonly current: SearchMatch | undefined } {
  const graph = useAppStore(selectGraph);
  const stacks = useAppStore(selectStacks);
  const folded = useAppStore(selectNamespaceSummaries);
  const query = useAppStore(selectSearchQuery);
  const cursor = useAppStore(selectSearchCursor);
  const { setNodes, fitView } = useReactFlow<FlowNode, FlowEdge>();
  const matches = useMemo(() => findSearchMatches(graph?.nodes ?? [], stacks, query, folded), [graph, stacks, query, folded]);
  const current = matches[wrapIndex(cursor, matches.length)];

  useEffect(() => {
    const ids = new Set(matches.map((m) => m.nodeId));
    setNodes((nodes) =>
      nodes.map((node) => {
        const className = withSearchClass(node.className, ids.has(node.id), node.id === current?.nodeId);
        return className === (node.className ?? '') ? node : { ...node, className };
      }),
    );
  }, [matches, current, setNodes]);

  useEffect(() => {
    if (!current) return;
    void fitView({ nodes: [{ id: current.nodeId }], duration: 350, maxZoom: 1.2, padding: 0.6 });
  }, [current, fitView]);

  return { matches, current };
}
