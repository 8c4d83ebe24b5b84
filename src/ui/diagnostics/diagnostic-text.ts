import type { TFunction } from 'i18next';
import type { Diagnostic, Severity } from '../../core';
import { en as headlines } from './code-headlines';

type HeadlineKey = keyof typeof headlines;

/** The language the core writes its messages and hints in. */
const CORE_LANGUAGE = 'en';

function headlineKey(code: string): HeadlineKey | undefined {
  const key = `code_${code}`;
  return Object.hasOwn(headlines, key) ? (key as HeadlineKey) : undefined;
}

/**
 * The headline to show before a finding's message, in the UI's `language` (i18next's current language).
 * None in English: the core's message is already written for that reader, as it always was. None for a
 * code the dictionary does not know (a new check): the message alone still says everything.
 */
export function diagnosticHeadline(code: string, t: TFunction<'diagnostics'>, language: string): string | undefined {
  if (language === CORE_LANGUAGE) return undefined;
  const key = headlineKey(code);
  return key === undefined ? undefined : t(key);
}

/** What the core said, message then hint (the fix), as the core wrote them. */
export function diagnosticDetail(diagnostic: Diagnostic): string {
  return diagnostic.hint ? `${diagnostic.message} ${diagnostic.hint}` : diagnostic.message;
}

/** A finding as one line of plain text (an editor mark, a tooltip): the headline if any, then the detail. */
export function diagnosticText(diagnostic: Diagnostic, t: TFunction<'diagnostics'>, language: string): string {
  const headline = diagnosticHeadline(diagnostic.code, t, language);
  const detail = diagnosticDetail(diagnostic);
  return headline === undefined ? detail : `${headline}${t('headlineSeparator')}${detail}`;
}

export function severityWord(severity: Severity, t: TFunction<'diagnostics'>): string {
  return t(`severity_${severity}`);
}
