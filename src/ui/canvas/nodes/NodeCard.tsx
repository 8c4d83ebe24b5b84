import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic, GraphNode } from '../../../core';
import { diagnosticText, severityWord } from '../../diagnostics/diagnostic-text';
import { kindTitle } from '../kind-titles';
import { cardDetailLines } from './card-lines';
import { FindingBadge, FindingPopover } from './FindingBadge';
import './node-card.css';

interface NodeCardProps {
  readonly node: GraphNode;
  /** One element per detail line: the worker sized the card for exactly that many lines. */
  readonly lines?: readonly ReactNode[];
  /** The detail lines as text, for the tooltip, when `lines` say more than the node's facts (a pod stack). */
  readonly words?: readonly string[];
  readonly findings?: readonly Diagnostic[] | undefined;
  /** Replaces the kind in the caption (a pod stack says "Pods"). */
  readonly caption?: string;
  readonly className?: string;
  /** The card already says its namespace (a folded namespace, its pods): no need to repeat it in the caption. */
  readonly hideNamespace?: boolean;
}

/** The card every graph node is drawn on: caption (kind), name, one line per detail. */
export function NodeCard({ node, lines, words, findings, caption, className, hideNamespace = false }: NodeCardProps) {
  const { t } = useTranslation('canvas');
  const { t: tDiagnostics, i18n } = useTranslation('diagnostics');
  const details = words ?? cardDetailLines(node, t);
  const rendered = lines ?? details;
  const findingLines = (findings ?? []).map((f) =>
    tDiagnostics('severityLine', { severity: severityWord(f.severity, tDiagnostics), text: diagnosticText(f, tDiagnostics, i18n.language) }),
  );
  const flagged = findings !== undefined && findings.length > 0;
  const card = (
    <div
      className={`node-card kind-${node.kind} status-${node.status}${flagged ? ' has-findings' : ''}${className ? ` ${className}` : ''}`}
      title={[node.label, ...details, ...findingLines].join('\n')}
    >
      {flagged ? <FindingBadge findings={findings} /> : null}
      <Handle type="target" position={Position.Left} isConnectable={false} className="node-handle" />
      <div className="node-caption">
        {caption ?? kindTitle(node.kind, t)}
        {!hideNamespace && node.namespace !== '' && node.namespace !== 'default' ? <span className="node-namespace"> · {node.namespace}</span> : null}
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
  if (!flagged) return card;
  // The popover sits outside the card, which clips its own overflow.
  return (
    <>
      {card}
      <FindingPopover nodeId={node.id} findings={findings} />
    </>
  );
}
