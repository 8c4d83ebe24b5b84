import { Panel } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { selectDismissWhatIfNotice, selectWhatIfNotice } from '../../store';
import { useAppStore } from '../store-context';
import { noticeText } from './notice-text';

/** A done what-if's message goes after this long; a refusal stays until dismissed. */
const OK_NOTICE_MS = 8000;

/** What the last what-if did to the text (or why it was refused), announced politely. */
export function WhatIfNoticeLine() {
  const { t } = useTranslation('whatif');
  const notice = useAppStore(selectWhatIfNotice);
  const dismiss = useAppStore(selectDismissWhatIfNotice);
  useEffect(() => {
    if (notice?.tone !== 'ok') return;
    // It sits over the bottom of the graph, where a what-if's result may be.
    const timer = setTimeout(dismiss, OK_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <Panel position="bottom-left" className="whatif-notice-panel">
      <div aria-live="polite" className={notice ? `whatif-notice tone-${notice.tone}` : 'whatif-notice'}>
        {notice ? (
          <>
            <span>{noticeText(notice, t)}</span>
            {notice.tone !== 'busy' ? (
              <button type="button" onClick={dismiss} aria-label={t('dismiss')}>
                ×
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </Panel>
  );
}
