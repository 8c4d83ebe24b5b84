import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { GraphNode } from '../../../core';
import { KIND_TITLE } from '../kind-titles';
import './node-card.css';

interface NodeCardProps {
  readonly node: GraphNode;
  /** One element per detail line: the worker sized the card for exactly that many lines. */
  readonly lines?: readonly ReactNode[];
}

/** The card every graph node is drawn on: caption (kind), name, one line per detail. */
export function NodeCard({ node, lines }: NodeCardProps) {
  const rendered = lines ?? node.details.map((detail) => detail);
  return (
    <div className={`node-card kind-${node.kind} status-${node.status}`} title={[node.label, ...node.details].join('\n')}>
      <Handle type="target" position={Position.Left} isConnectable={false} className="node-handle" />
      <div className="node-caption">
        {KIND_TITLE[node.kind]}
        {node.namespace !== '' && node.namespace !== 'default' ? <span className="node-namespace"> · {node.namespace}</span> : null}
      </div>
      <div className="node-label">{node.label}</div>
      {rendered.map((line, index) => (
        <div className="node-detail" key={index}>
          {line}
        </div>
      ))}
      <Handle type="source" position={Position.Right} isConnectable={false} className="node-handle" />
    </div>
  );
}
