import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectDiagnostics } from '../../store';
import { useAppStore } from '../store-context';
import { diagnosticHeadline, severityWord } from './diagnostic-text';
import { countBySeverity, describeCounts, formatLocation, sortDiagnostics } from './diagnostics-format';
import './diagnostics.css';

interface DiagnosticsListProps {
  /** Called with the 1-based line and column of the finding the user picked. */
  readonly onSelect: (line: number, column: number) => void;
}

export function DiagnosticsList({ onSelect }: DiagnosticsListProps) {
  const { t, i18n } = useTranslation('diagnostics');
  const diagnostics = useAppStore(selectDiagnostics);
  const sorted = useMemo(() => sortDiagnostics(diagnostics), [diagnostics]);
  const summary = describeCounts(countBySeverity(diagnostics), t);

  return (
    <section className="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title" className="pane-heading">
        {t('problems')} <span className="diagnostics-summary">{summary}</span>
      </h2>
      {sorted.length === 0 ? (
        <p className="diagnostics-empty">{t('readCleanly')}</p>
      ) : (
        <ul role="list" aria-label={t('diagnostics')} className="diagnostics-list">
          {sorted.map((diagnostic, index) => {
            const location = formatLocation(diagnostic);
            // In Chinese, a Chinese headline for the code first; the core's English message follows as the detail.
            const headline = diagnosticHeadline(diagnostic.code, t, i18n.language);
            const content = (
              <>
                <span className={`severity severity-${diagnostic.severity}`}>{severityWord(diagnostic.severity, t)}</span>
                <span className="diagnostic-location">{location || '—'}</span>
                <span className="diagnostic-code">{diagnostic.code}</span>
                <span className="diagnostic-message">
                  {headline === undefined ? null : (
                    <>
                      <strong>{headline}</strong>
                      {t('headlineSeparator')}
                    </>
                  )}
                  {diagnostic.message}
                  {diagnostic.hint ? <span className="diagnostic-hint"> {diagnostic.hint}</span> : null}
                </span>
              </>
            );
            const line = diagnostic.line;
            return (
              <li key={`${diagnostic.code}-${location}-${index}`} className="diagnostic">
                {line === undefined ? (
                  <div className="diagnostic-row">{content}</div>
                ) : (
                  <button type="button" className="diagnostic-row" onClick={() => onSelect(line, diagnostic.column ?? 1)}>
                    {content}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
