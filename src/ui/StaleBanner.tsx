import { selectBlockingDiagnostic, selectGraphIsStale } from '../store';
import { formatLocation } from './diagnostics/diagnostics-format';
import { useAppStore } from './store-context';

/** Above the canvas while the newest text cannot be read, so nobody mistakes the old graph for the new text. */
export function StaleBanner() {
  const stale = useAppStore(selectGraphIsStale);
  const blocking = useAppStore(selectBlockingDiagnostic);
  if (!stale || !blocking) return null;
  const location = formatLocation(blocking);
  return (
    <div className="stale-banner">
      <strong>{location ? `Line ${location}:` : 'YAML error:'}</strong> the text cannot be read there, so the graph
      below is the last version that could.
    </div>
  );
}
