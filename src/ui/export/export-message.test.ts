import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { ExportError } from './export-error';
import { exportMessageText, failureOf } from './export-message';

const i18n = createI18n('en');
const english = i18n.getFixedT('en', 'export');
const chinese = i18n.getFixedT('zh', 'export');

describe('the line beside the Export menu', () => {
  it('names the saved file, its size and how long it took', () => {
    const saved = { type: 'saved', fileName: 'svcscope-myapp.png', bytes: 1536, ms: 840 } as const;
    expect(exportMessageText(saved, english)).toBe('Saved svcscope-myapp.png (1.5 KB, 0.8 s)');
    expect(exportMessageText(saved, chinese)).toBe('已保存 svcscope-myapp.png（1.5 KB，0.8 秒）');
  });

  it('says nothing for a recording the user cancelled', () => {
    expect(failureOf(new DOMException('the recording was cancelled', 'AbortError'))).toBeNull();
  });

  it("words a known problem in the reader's language", () => {
    const failure = failureOf(new ExportError('no-video', 'this browser cannot record WebM video'));
    expect(failure).not.toBeNull();
    if (!failure) return;
    expect(exportMessageText(failure, english)).toBe('Export failed: this browser cannot record WebM video');
    expect(exportMessageText(failure, chinese)).toBe('导出失败：此浏览器无法录制 WebM 视频');
  });

  it("quotes another error's own message, which only its thrower knows", () => {
    const failure = failureOf(new TypeError('Failed to fetch'));
    expect(failure).toEqual({ type: 'failed', problem: null, detail: 'Failed to fetch' });
    if (!failure) return;
    expect(exportMessageText(failure, chinese)).toBe('导出失败：Failed to fetch');
    const thrownString = failureOf('odd');
    expect(thrownString && exportMessageText(thrownString, english)).toBe('Export failed: odd');
  });

  it('reads progress as a whole percentage', () => {
    expect(english('percent', { percent: 42 })).toBe('42 %');
    expect(chinese('percent', { percent: 42 })).toBe('42%');
  });
});
