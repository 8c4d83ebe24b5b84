import { DEFAULT_EXAMPLE_ID, findExample } from '../../examples';
import type { ShareNotice } from '../../store';
import { refusedFileMessage, refusedLinkMessage, unknownExampleMessage } from './strings';

/** The sentence for a notice. Ids, file names and reasons are quoted as they came: the banner shows text. */
export function noticeText(notice: ShareNotice, embed: boolean): string {
  switch (notice.type) {
    case 'unknown-example':
      return unknownExampleMessage(notice.id, findExample(DEFAULT_EXAMPLE_ID)?.title ?? DEFAULT_EXAMPLE_ID);
    case 'refused-link':
      return refusedLinkMessage(notice.reason, embed);
    case 'refused-file':
      return refusedFileMessage(notice.fileName, notice.reason);
  }
}
