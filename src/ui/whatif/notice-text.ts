import type { EditDone } from '../../core';
import type { WhatIfNotice } from '../../store';
import type { WhatIfT } from './whatif-actions';

/**
 * The what-if message beside the graph, in the UI's language, from what the notice holds as data: the
 * core's EditDone (English is word for word the core's own summary, which e2e tests and the CLI read), or
 * a refusal's code. The core's reason for a refusal is English text and stays so, framed in the UI's words.
 */
export function noticeText(notice: WhatIfNotice, t: WhatIfT): string {
  switch (notice.tone) {
    case 'busy':
      return t('editing');
    case 'ok': {
      const done = doneText(notice.done, t);
      const summary = notice.changed ? done : t('alreadySo', { summary: done });
      return notice.line === undefined ? summary : t('atLine', { summary, line: notice.line });
    }
    case 'error':
      return notice.refusal.type === 'text-changed' ? t('textChanged') : t('refused', { reason: notice.refusal.message });
  }
}

/** One edit's result in words. Object names, field names and their values are the API's and stay as written. */
export function doneText(done: EditDone, t: WhatIfT): string {
  switch (done.type) {
    case 'scaled':
      return t('doneScaled', { kind: done.kind, name: done.name, from: done.fromReplicas ?? t('replicasDefault'), to: done.toReplicas });
    case 'service-type':
      return t('doneServiceType', { namespace: done.namespace, name: done.name, type: done.serviceType });
    case 'service-field':
      return t('doneServiceField', { namespace: done.namespace, name: done.name, field: done.field, value: done.value });
    case 'selector': {
      const pairs = Object.entries(done.selector).map(([key, value]) => `${key}=${value}`);
      const service = { namespace: done.namespace, name: done.name };
      return pairs.length === 0 ? t('doneNoSelector', service) : t('doneSelector', { ...service, selector: pairs.join(',') });
    }
    case 'pod-ready': {
      const on = done.writtenOn;
      if (on) return t(done.ready ? 'donePodReadyOn' : 'donePodNotReadyOn', { name: done.name, kind: on.kind, owner: on.name });
      return t(done.ready ? 'donePodReady' : 'donePodNotReady', { name: done.name });
    }
    case 'pod-deleted':
      return done.writtenOn
        ? t('donePodDeletedOn', { name: done.name, kind: done.writtenOn.kind, owner: done.writtenOn.name })
        : t('donePodDeleted', { name: done.name });
  }
}
