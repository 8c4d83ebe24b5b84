import type { TFunction } from 'i18next';
import type { ShareLinkState } from './share-link';

const MIB = 1024 * 1024;

/**
 * Why there is no link, or null when there is one (or it is still being made): too long for chat apps and
 * mail (the file is offered instead), too large for any link, or not shareable at all. The unshareable
 * reason is src/share's English sentence; it names a limit or a field and only a bug of ours reaches it.
 */
export function linkProblemText(link: ShareLinkState, t: TFunction<'share'>): string | null {
  if (link.type === 'failed') return t('unshareable', { reason: link.reason });
  if (link.type !== 'done' || link.result.ok) return null;
  const result = link.result;
  return result.reason === 'too-long'
    ? t('tooLong', { length: result.length, limit: result.limit })
    : t('tooLarge', { size: (result.bytes / MIB).toFixed(1), limit: result.limit / MIB });
}
