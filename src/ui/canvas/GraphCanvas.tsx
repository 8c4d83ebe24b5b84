import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useRef } from 'react';
import { selectGraph, selectGraphRevision, selectPositions } from '../../store';
import { useAppStore } from '../store-context';
import './canvas.css';
import { NODE_TYPES } from './nodes/node-types';
import { toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode } from './to-flow-elements';
import { useAutoFit } from './use-auto-fit';

const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];
const FIT_VIEW = { padding: 0.06, maxZoom: 1.25 } as const;

/**
 * React Flow runs uncontrolled: it owns node positions while the user drags, so drag frames never pass
 * through our store or re-render React above it. A new graph from the store replaces its nodes wholesale.
 */
function Canvas() {
  const graph = useAppStore(selectGraph);
  const positions = useAppStore(selectPositions);
  const revision = useAppStore(selectGraphRevision);
  const { setNodes, setEdges, fitView } = useReactFlow<FlowNode, FlowEdge>();
  const container = useRef<HTMLDivElement>(null);
  const onMoveStart = useAutoFit(container, revision, FIT_VIEW);

  useEffect(() => {
    if (!graph) return;
    setNodes(toFlowNodes(graph, positions));
    setEdges(toFlowEdges(graph));
    // Queued by React Flow until the new nodes are measured.
    void fitView(FIT_VIEW);
  }, [graph, positions, revision, setNodes, setEdges, fitView]);

  return (
    <ReactFlow<FlowNode, FlowEdge>
      ref={container}
      onMoveStart={onMoveStart}
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
      aria-label="Cluster graph"
    >
      <Background gap={24} size={1.5} color="#cbd5e1" />
      <Controls showInteractive={false} position="bottom-right" />
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
