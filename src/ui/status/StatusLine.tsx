import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { selectBlockingDiagnostic, type AppState } from '../../store';
import { useAppStore } from '../store-context';
import { describeStatus, type StatusInput } from './status-text';

const selectStatusInput = (state: AppState): StatusInput => ({
  status: state.status,
  counts: state.counts,
  failure: state.failure,
  graphIsStale: state.graphIsStale,
  blocking: selectBlockingDiagnostic(state),
  hiddenNodeCount: state.hiddenNodeCount,
  layout: state.layout,
  timings: state.timings,
  textSaved: state.textSaved,
});

export function StatusLine() {
  const { t } = useTranslation('status');
  const input = useAppStore(useShallow(selectStatusInput));
  const view = describeStatus(input, t);
  return (
    <div className={`status-line tone-${view.tone}`}>
      <span className="status-dot-large" aria-hidden="true" />
      <span role="status" aria-live="polite" className="status-message">
        {view.message}
      </span>
      {view.notes.length > 0 ? <span className="status-notes">{view.notes.join(' · ')}</span> : null}
    </div>
  );
}
