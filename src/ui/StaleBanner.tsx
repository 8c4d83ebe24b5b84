import { useTranslation } from 'react-i18next';
import { selectBlockingDiagnostic, selectGraphIsStale } from '../store';
import { formatLocation } from './diagnostics/diagnostics-format';
import { useAppStore } from './store-context';

/** Above the canvas while the newest text cannot be read, so nobody mistakes the old graph for the new text. */
export function StaleBanner() {
  const { t } = useTranslation('canvas');
  const stale = useAppStore(selectGraphIsStale);
  const blocking = useAppStore(selectBlockingDiagnostic);
  if (!stale || !blocking) return null;
  const location = formatLocation(blocking);
  return (
    <div className="stale-banner">
      <strong>{location ? t('staleAtLine', { location }) : t('staleYamlError')}</strong> {t('staleExplanation')}
    </div>
  );
}
