import type { Translation } from '../../i18n/dictionary';
import * as headlines from './code-headlines';

/** The Problems list, the severity words and a headline per diagnostic code (see code-headlines.ts). */
export const en = {
  problems: 'Problems',
  diagnostics: 'Diagnostics',
  readCleanly: 'The manifests read cleanly.',
  noProblems: 'No problems',
  errors_one: '{{count}} error',
  errors_other: '{{count}} errors',
  warnings_one: '{{count}} warning',
  warnings_other: '{{count}} warnings',
  notes_one: '{{count}} note',
  notes_other: '{{count}} notes',
  countSeparator: ', ',

  severity_error: 'error',
  severity_warning: 'warning',
  severity_info: 'info',
  /** A finding as one line of plain text (a tooltip, an editor mark): severity, then what the core said. */
  severityLine: '{{severity}}: {{text}}',
  /** Between a translated headline and the core's English message after it. */
  headlineSeparator: ': ',

  ...headlines.en,
} as const;

export const zh: Translation<typeof en> = {
  problems: '问题',
  diagnostics: '诊断',
  readCleanly: '清单读取无误。',
  noProblems: '没有问题',
  errors_other: '{{count}} 个错误',
  warnings_other: '{{count}} 个警告',
  notes_other: '{{count}} 条提示',
  countSeparator: '，',

  severity_error: '错误',
  severity_warning: '警告',
  severity_info: '提示',
  severityLine: '{{severity}}：{{text}}',
  headlineSeparator: '：',

  ...headlines.zh,
};
