import type { TFunction } from 'i18next';
import { DEFAULT_EXAMPLE_ID, findExample } from '../../examples';
import { MAX_FILE_BYTES, type ShareRefusalCode } from '../../share';
import type { ShareNotice } from '../../store';
import { exampleTitle } from './example-title';
import type { en } from './strings';

type ReasonKey = Extract<keyof typeof en, `reason${string}`>;
type Refusal = Extract<ShareNotice, { readonly code: ShareRefusalCode }>;

/** What each refusal code means, for a link and for a file (a file has no base64 to damage, a link no format). */
const LINK_REASONS = {
  'no-scenario': 'reasonNoScenario',
  unsupported: 'reasonUnsupported',
  'bad-encoding': 'reasonBadEncoding',
  'too-large': 'reasonLinkTooLarge',
  corrupt: 'reasonCorrupt',
  'not-json': 'reasonLinkNotJson',
  'not-a-scenario': 'reasonLinkNotScenario',
  'wrong-version': 'reasonWrongVersion',
  invalid: 'reasonInvalid',
} as const satisfies Record<ShareRefusalCode, ReasonKey>;

const FILE_REASONS = {
  ...LINK_REASONS,
  'no-scenario': 'reasonFileNotScenario',
  'too-large': 'reasonFileTooLarge',
  'not-json': 'reasonFileNotJson',
  'not-a-scenario': 'reasonFileNotScenario',
} as const satisfies Record<ShareRefusalCode, ReasonKey>;

/**
 * src/share words each refusal in English with the detail its code does not carry (the version met, the
 * limit passed, the field at fault). An English reader gets that sentence as it is; any other language
 * gets the code's translated meaning, with the English detail only where the code alone says too little
 * (an invalid field: its path and rule are names from the scenario format, not prose).
 */
export function refusalReason(notice: Refusal, t: TFunction<'share'>, language: string): string {
  if (language === 'en') return notice.reason;
  const key = (notice.type === 'refused-link' ? LINK_REASONS : FILE_REASONS)[notice.code];
  return t(key, { detail: notice.reason, limit: Math.floor(MAX_FILE_BYTES / 1024 / 1024) });
}

/** The sentence for a notice. Ids, file names and reasons are quoted as they came: the banner shows text. */
export function noticeText(notice: ShareNotice, embed: boolean, t: TFunction<'share'>, language: string): string {
  switch (notice.type) {
    case 'unknown-example': {
      const fallback = findExample(DEFAULT_EXAMPLE_ID);
      return t('unknownExample', { id: notice.id, title: fallback ? exampleTitle(fallback, language) : DEFAULT_EXAMPLE_ID });
    }
    case 'refused-link':
      return t(embed ? 'refusedLinkEmbed' : 'refusedLink', { reason: refusalReason(notice, t, language) });
    case 'refused-file':
      return t('refusedFile', { fileName: notice.fileName, reason: refusalReason(notice, t, language) });
  }
}
