import { Background, Controls, Panel, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  selectFindingsByNode,
  selectGraph,
  selectGraphRevision,
  selectHasSelection,
  selectSelectedNodeId,
  selectLayoutContinuity,
  selectPositions,
  selectSelect,
  selectSetStackExpanded,
  selectIslands,
  selectStacks,
} from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { CanvasBridge } from '../share/CanvasBridge';
import { WhatIfBar } from '../whatif/WhatIfBar';
import { WhatIfNoticeLine } from '../whatif/WhatIfNoticeLine';
import { changeOutOfView } from '../whatif/reveal';
import { FilterBar } from './filters/FilterBar';
import { useSearchHighlight } from './filters/use-search-highlight';
import './canvas.css';
import { NODE_TYPES } from './nodes/node-types';
import { PacketOverlay } from './packets/PacketOverlay';
import type { NodePositions } from '../../protocol';
import { isIslandNode, toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode } from './to-flow-elements';
import { useAutoFit } from './use-auto-fit';
import { flowAriaLabels, withEdgeNames } from './aria-labels';

const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];
// The search row sits over the top of the canvas, and the what-if bar under it while a node is selected:
// the fitted graph starts below them.
const FIT_VIEW = { padding: { top: '56px', right: '5%', bottom: '5%', left: '5%' }, maxZoom: 1.25 } as const;
const FIT_VIEW_UNDER_BAR = { ...FIT_VIEW, padding: { ...FIT_VIEW.padding, top: '128px' } } as const;

/**
 * React Flow runs uncontrolled: it owns node positions while the user drags, so drag frames never pass
 * through our store or re-render React above it. A new graph from the store replaces its nodes wholesale.
 */
function Canvas() {
  const { t } = useTranslation('canvas');
  // React Flow's own names (zoom buttons, keyboard help) in the UI's language; a new object only per language.
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  const graph = useAppStore(selectGraph);
  const positions = useAppStore(selectPositions);
  const revision = useAppStore(selectGraphRevision);
  const select = useAppStore(selectSelect);
  const findingsByNode = useAppStore(selectFindingsByNode);
  const stacks = useAppStore(selectStacks);
  const islands = useAppStore(selectIslands);
  const continuity = useAppStore(selectLayoutContinuity);
  const setStackExpanded = useAppStore(selectSetStackExpanded);
  const store = useAppStoreApi();
  const { setNodes, setEdges, fitView, getViewport } = useReactFlow<FlowNode, FlowEdge>();
  const container = useRef<HTMLDivElement>(null);
  const drawnPositions = useRef<NodePositions>({});
  const flowSelection = useRef<string | null>(null);
  const barShown = useAppStore(selectHasSelection);
  const fitOptions = barShown ? FIT_VIEW_UNDER_BAR : FIT_VIEW;
  const onMoveStart = useAutoFit(container, revision, fitOptions);

  // React Flow keeps its own `selected` flags; they follow the store's selection whichever way it changes:
  // closing the inspector (or React Flow's next onSelectionChange would select and reopen the same node),
  // and a selection made in code (a lesson step, a shared link), which would otherwise leave the old node ringed.
  const selectedId = useAppStore(selectSelectedNodeId);
  useEffect(() => {
    flowSelection.current = selectedId;
    setNodes((nodes) =>
      nodes.some((n) => Boolean(n.selected) !== (n.id === selectedId))
        ? nodes.map((n) => (Boolean(n.selected) !== (n.id === selectedId) ? { ...n, selected: n.id === selectedId } : n))
        : nodes,
    );
  }, [selectedId, setNodes]);

  useEffect(() => {
    if (!graph) return;
    // The selection survives a new graph (a what-if on the selected node must leave it selected).
    const selected = store.getState().selectedNodeId;
    setNodes(toFlowNodes(graph, positions, t, { findingsByNode, stacks, islands }).map((n) => (n.id === selected ? { ...n, selected: true } : n)));
    setEdges(withEdgeNames(toFlowEdges(graph), t));
    // Only a new picture is fitted again: after a small change the worker kept the layout still, so does the
    // view, unless what changed would be off-screen. Queued by React Flow until the new nodes are measured.
    const size = { width: container.current?.clientWidth ?? 0, height: container.current?.clientHeight ?? 0 };
    const fit = store.getState().selectedNodeId !== null ? FIT_VIEW_UNDER_BAR : FIT_VIEW;
    if (continuity === 'fresh') void fitView(fit);
    else if (changeOutOfView(graph.nodes, positions, drawnPositions.current, getViewport(), size, islands)) void fitView({ ...fit, duration: 300 });
    drawnPositions.current = positions;
  }, [graph, positions, revision, findingsByNode, stacks, islands, continuity, store, setNodes, setEdges, fitView, getViewport, t]);
  const search = useSearchHighlight();

  return (
    <ReactFlow<FlowNode, FlowEdge>
      ref={container}
      onMoveStart={onMoveStart}
      onNodeClick={(_event, node) => {
        if (!isIslandNode(node)) select(node.id);
      }}
      onNodeDoubleClick={(_event, node) => {
        if (stacks[node.id]) setStackExpanded(node.id, true);
      }}
      onSelectionChange={({ nodes }) => {
        // Enter or Space on a focused node selects it in React Flow without a click: inspect it too. React Flow
        // repeats the callback whenever its nodes change; only a real change of its selection counts, or a
        // closed inspector would reopen on the next re-render.
        const id = nodes.length === 1 && nodes[0] ? nodes[0].id : null;
        if (id === flowSelection.current) return;
        flowSelection.current = id;
        if (id) select(id);
      }}
      defaultNodes={NO_NODES}
      defaultEdges={NO_EDGES}
      nodeTypes={NODE_TYPES}
      nodesConnectable={false}
      edgesFocusable={false}
      minZoom={0.05}
      maxZoom={2}
      fitView
      fitViewOptions={FIT_VIEW}
      proOptions={{ hideAttribution: true }}
      aria-label={t('clusterGraph')}
      ariaLabelConfig={ariaLabels}
    >
      <Background gap={24} size={1.5} color="var(--canvas-dots)" />
      <Controls showInteractive={false} position="bottom-right" />
      <Panel position="top-left" className="canvas-top">
        <FilterBar matches={search.matches} current={search.current} />
        <WhatIfBar />
      </Panel>
      <WhatIfNoticeLine />
      <PacketOverlay />
      <CanvasBridge />
    </ReactFlow>
  );
}

export function GraphCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
