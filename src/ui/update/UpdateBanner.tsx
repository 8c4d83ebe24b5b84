import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingUpdate, subscribeToUpdate } from '../../service-worker/register';

/**
 * "A new version is ready": the offline cache holds the build this page runs; a newer one installed beside
 * it waits for the user's click rather than replacing files under an open page.
 */
export function UpdateBanner() {
  const { t } = useTranslation('app');
  const apply = useSyncExternalStore(subscribeToUpdate, pendingUpdate);
  if (!apply) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('updateReady')}</span>
      <button type="button" onClick={apply}>
        {t('updateReload')}
      </button>
    </div>
  );
}
