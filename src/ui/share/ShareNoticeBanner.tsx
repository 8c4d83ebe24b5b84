import { selectShareNotice, selectShowShareNotice } from '../../store';
import { useAppStore } from '../store-context';
import { noticeText } from './notice-text';
import { SHARE_STRINGS as S } from './strings';

/**
 * Why a link, a file or an example was not opened. Whatever the link carried (an id, a reason quoting a
 * field) is shown as text by React, never as markup.
 */
export function ShareNoticeBanner({ embed = false }: { readonly embed?: boolean }) {
  const notice = useAppStore(selectShareNotice);
  const dismiss = useAppStore(selectShowShareNotice);
  if (!notice) return null;
  return (
    <div className={`share-notice${embed ? ' is-embed' : ''}`} role="alert">
      <span>{noticeText(notice, embed)}</span>
      <button type="button" onClick={() => dismiss(null)} aria-label={S.dismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
