import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic, OutcomeType } from '../../core';
import { diagnosticHeadline } from '../diagnostics/diagnostic-text';
import './trace-findings.css';

interface TraceFindingsProps {
  readonly outcome: OutcomeType;
  readonly findings: readonly Diagnostic[];
  readonly onGoToLine?: (line: number, column: number) => void;
}

/**
 * The findings behind a request's outcome (the worker picks them: see the core's findingsBehind): why it was
 * refused or dropped, or, for a delivered one, what may still be wrong. Each names its code and line, and the
 * line opens the editor there, so the fix is one click from the failed request.
 */
export function TraceFindings({ outcome, findings, onGoToLine }: TraceFindingsProps) {
  const { t, i18n } = useTranslation('requests');
  const { t: tDiagnostics } = useTranslation('diagnostics');
  const titleId = useId();
  if (findings.length === 0) return null;
  const delivered = outcome.startsWith('delivered');
  return (
    <div className={`trace-findings${delivered ? ' is-caveat' : ''}`}>
      <p className="trace-findings-title" id={titleId}>
        {delivered ? t('findingsCaveat') : t('findingsBecause')}
      </p>
      <ul aria-labelledby={titleId}>
        {findings.map((finding) => {
          const headline = diagnosticHeadline(finding.code, tDiagnostics, i18n.language);
          const line = finding.line;
          return (
            <li key={`${finding.code}:${line ?? ''}:${finding.field ?? ''}`} className={`finding-${finding.severity}`}>
              <code className="trace-finding-code">{finding.code}</code>
              {line !== undefined && onGoToLine ? (
                <button type="button" className="link-button" aria-label={t('findingGoToLine', { line })} onClick={() => onGoToLine(line, finding.column ?? 1)}>
                  {t('findingLine', { line })}
                </button>
              ) : null}
              {headline ? <span className="trace-finding-headline">{headline}</span> : null}
              <span className="trace-finding-message">{finding.message}</span>
              {finding.hint ? <span className="trace-finding-hint">{finding.hint}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
