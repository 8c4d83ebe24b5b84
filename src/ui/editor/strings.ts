import type { Translation } from '../../i18n/dictionary';

/** The manifest editor's accessible name, and CodeMirror's own words (its "phrases"). */
export const en = {
  manifests: 'Manifests',
  cmDiagnostics: 'Diagnostics',
  cmNoDiagnostics: 'No diagnostics',
  cmClose: 'close',
  cmControlCharacter: 'Control character',
} as const;

export const zh: Translation<typeof en> = {
  manifests: '清单',
  cmDiagnostics: '诊断',
  cmNoDiagnostics: '没有诊断',
  cmClose: '关闭',
  cmControlCharacter: '控制字符',
};
