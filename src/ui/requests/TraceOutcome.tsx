import { selectFocusedTrace } from '../../store';
import { useAppStore } from '../store-context';
import { OUTCOME_STYLE, describeOutcome, outcomeLabel } from './outcomes';

/** How the focused request ended, in words, with its colour and mark. Announced politely when it changes. */
export function TraceOutcome() {
  const focused = useAppStore(selectFocusedTrace);
  const outcome = focused?.trace.outcome;
  const style = outcome ? OUTCOME_STYLE[outcome.type] : undefined;
  return (
    <section className="trace-outcome" aria-live="polite" aria-label="Request outcome">
      {outcome && style && focused ? (
        <>
          <span className="outcome-chip" style={{ background: style.colour }}>
            <span aria-hidden="true">{style.glyph}</span> {outcomeLabel(outcome)}
          </span>
          <span className="outcome-request">{focused.trace.request.target}</span>
          <p className="outcome-text">{describeOutcome(outcome)}</p>
        </>
      ) : null}
    </section>
  );
}
