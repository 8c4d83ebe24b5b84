import type { WhatIfNotice } from '../../store';
import type { WhatIfT } from './whatif-actions';

/**
 * The what-if message beside the graph. The slice's busy notice always means one thing (the worker is
 * editing the text), so it is worded here; a done edit's summary and a refusal come from the core and the
 * bridge in English, with the line of the change added in the UI's language.
 */
export function noticeText(notice: WhatIfNotice, t: WhatIfT): string {
  switch (notice.tone) {
    case 'busy':
      return t('editing');
    case 'ok':
      return notice.line === undefined ? notice.text : t('atLine', { summary: notice.text, line: notice.line });
    case 'error':
      return notice.text;
  }
}
