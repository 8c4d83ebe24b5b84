import { useTranslation } from 'react-i18next';
import type { Diagnostic, Severity } from '../../../core';
import { diagnosticHeadline } from '../../diagnostics/diagnostic-text';
import { findingsElementId } from '../to-flow-elements';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function worst(findings: readonly Diagnostic[]): Severity {
  return findings.reduce<Severity>((w, f) => (RANK[f.severity] < RANK[w] ? f.severity : w), 'info');
}

/** The marker in a card's corner: the worst severity's colour and how many findings there are. */
export function FindingBadge({ findings }: { readonly findings: readonly Diagnostic[] }) {
  const severity = worst(findings);
  return (
    <span className={`finding-badge finding-${severity}`} aria-hidden="true">
      {severity === 'info' ? 'i' : '!'}
      {findings.length > 1 ? <span className="finding-count">{findings.length}</span> : null}
    </span>
  );
}

/**
 * The findings in words, shown beside the card on hover and keyboard focus, and referenced by the node's
 * aria-describedby (hidden content still counts for a description).
 */
export function FindingPopover({ nodeId, findings }: { readonly nodeId: string; readonly findings: readonly Diagnostic[] }) {
  const { t, i18n } = useTranslation('diagnostics');
  return (
    <div className="finding-popover" id={findingsElementId(nodeId)}>
      {findings.map((f, index) => {
        // In Chinese, a Chinese headline for the code first; the core's English message follows as the detail.
        const headline = diagnosticHeadline(f.code, t, i18n.language);
        return (
          <p key={`${f.code}-${index}`} className={`finding-${f.severity}`}>
            <strong>{f.code}</strong> {headline === undefined ? null : `${headline}${t('headlineSeparator')}`}
            {f.message}
            {f.hint ? <span className="finding-hint"> {f.hint}</span> : null}
          </p>
        );
      })}
    </div>
  );
}
