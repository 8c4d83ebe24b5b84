import { useTranslation } from 'react-i18next';
import { selectFocusedTrace } from '../../store';
import { useAppStore } from '../store-context';
import { OUTCOME_STYLE, describeOutcome, outcomeLabel } from './outcomes';
import { languageOf } from './requests-t';
import { TraceFindings } from './TraceFindings';

/** How the focused request ended, in words, with its colour and mark. Announced politely when it changes. */
export function TraceOutcome({ onGoToLine }: { readonly onGoToLine?: (line: number, column: number) => void }) {
  const { t, i18n } = useTranslation('requests');
  const language = languageOf(i18n.language);
  const focused = useAppStore(selectFocusedTrace);
  const outcome = focused?.trace.outcome;
  const style = outcome ? OUTCOME_STYLE[outcome.type] : undefined;
  return (
    <section className="trace-outcome" aria-label={t('outcomeRegion')}>
      {/* Only the outcome line is announced; the findings below it are there to read, not to be read out. */}
      <div aria-live="polite">
        {outcome && style && focused ? (
          <>
            <span className="outcome-chip" style={{ background: style.colour }}>
              <span aria-hidden="true">{style.glyph}</span> {outcomeLabel(outcome, t)}
            </span>
            <span className="outcome-request">{focused.trace.request.target}</span>
            <p className="outcome-text">{describeOutcome(outcome, t, language)}</p>
          </>
        ) : null}
      </div>
      {outcome && focused ? <TraceFindings outcome={outcome.type} findings={focused.trace.findings ?? []} {...(onGoToLine ? { onGoToLine } : {})} /> : null}
    </section>
  );
}
