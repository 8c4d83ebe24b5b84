import { useTranslation } from 'react-i18next';
import { selectGraphIsStale } from '../store';
import { GraphCanvas } from './canvas/GraphCanvas';
import { LessonCard } from './lesson/LessonCard';
import { StaleBanner } from './StaleBanner';
import { useAppStore } from './store-context';

export function CanvasPane() {
  const { t } = useTranslation('canvas');
  const stale = useAppStore(selectGraphIsStale);
  return (
    <section className={`canvas-pane${stale ? ' is-stale' : ''}`} aria-label={t('clusterGraph')}>
      <StaleBanner />
      <div className="canvas-host">
        <GraphCanvas />
      </div>
      <LessonCard />
    </section>
  );
}
