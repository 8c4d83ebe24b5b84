import { useTranslation } from 'react-i18next';
import { selectShareNotice, selectShowShareNotice } from '../../store';
import { useAppStore } from '../store-context';
import { noticeText } from './notice-text';

/**
 * Why a link, a file or an example was not opened. The store keeps the notice as a code and its values, so
 * the banner words it in the language shown now (switching language rewords an open notice). Whatever the
 * link carried (an id, a reason quoting a field) is shown as text by React, never as markup.
 */
export function ShareNoticeBanner({ embed = false }: { readonly embed?: boolean }) {
  const { t, i18n } = useTranslation('share');
  const notice = useAppStore(selectShareNotice);
  const dismiss = useAppStore(selectShowShareNotice);
  if (!notice) return null;
  return (
    <div className={`share-notice${embed ? ' is-embed' : ''}`} role="alert">
      <span>{noticeText(notice, embed, t, i18n.language)}</span>
      <button type="button" onClick={() => dismiss(null)} aria-label={t('dismiss')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
