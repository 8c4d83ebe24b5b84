import type { TFunction } from 'i18next';
import { ExportError, type ExportProblem } from './export-error';
import { formatBytes } from './export-name';

/**
 * The line beside the Export menu, held as what happened rather than as words, so it reads in the language
 * shown when it is drawn. A failure the export knows has a problem code; any other error (the browser's, a
 * library's) can only be quoted as its own message.
 */
export type ExportMessage =
  | { readonly type: 'exporting' }
  | { readonly type: 'no-canvas' }
  | { readonly type: 'saved'; readonly fileName: string; readonly bytes: number; readonly ms: number }
  | { readonly type: 'failed'; readonly problem: ExportProblem | null; readonly detail: string };

const PROBLEM_KEYS = {
  'no-request': 'problemNoRequest',
  'no-video': 'problemNoVideo',
  'no-frames': 'problemNoFrames',
  'image-encoding': 'problemImageEncoding',
} as const satisfies Record<ExportProblem, string>;

/** What a thrown export says; nothing for a recording the user cancelled. */
export function failureOf(error: unknown): ExportMessage | null {
  if (error instanceof DOMException && error.name === 'AbortError') return null;
  if (error instanceof ExportError) return { type: 'failed', problem: error.problem, detail: error.message };
  return { type: 'failed', problem: null, detail: error instanceof Error ? error.message : String(error) };
}

export function exportMessageText(message: ExportMessage, t: TFunction<'export'>): string {
  switch (message.type) {
    case 'exporting':
      return t('exporting');
    case 'no-canvas':
      return t('noCanvas');
    case 'saved':
      return t('saved', { fileName: message.fileName, size: formatBytes(message.bytes), seconds: (message.ms / 1000).toFixed(1) });
    case 'failed':
      return t('failed', { reason: message.problem === null ? message.detail : t(PROBLEM_KEYS[message.problem]) });
  }
}
