import { selectGraphIsStale } from '../store';
import { GraphCanvas } from './canvas/GraphCanvas';
import { StaleBanner } from './StaleBanner';
import { useAppStore } from './store-context';

export function CanvasPane() {
  const stale = useAppStore(selectGraphIsStale);
  return (
    <section className={`canvas-pane${stale ? ' is-stale' : ''}`} aria-label="Cluster graph">
      <StaleBanner />
      <div className="canvas-host">
        <GraphCanvas />
      </div>
    </section>
  );
}
