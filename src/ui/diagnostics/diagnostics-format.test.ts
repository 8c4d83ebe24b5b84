import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core';
import { createI18n } from '../../i18n/create-i18n';
import { countBySeverity, describeCounts, formatLocation, sortDiagnostics } from './diagnostics-format';

const d = (code: string, severity: Diagnostic['severity'], line?: number, column?: number): Diagnostic => ({
  code,
  severity,
  message: code,
  ...(line !== undefined ? { line } : {}),
  ...(column !== undefined ? { column } : {}),
});

describe('diagnostics list formatting', () => {
  it('orders findings as they appear in the text, unplaced ones last', () => {
    const sorted = sortDiagnostics([d('C', 'info'), d('B', 'warning', 30, 1), d('A', 'error', 7, 3)]);
    expect(sorted.map((x) => x.code)).toEqual(['A', 'B', 'C']);
  });

  it('on the same spot, shows errors before warnings', () => {
    const sorted = sortDiagnostics([d('W', 'warning', 5, 1), d('E', 'error', 5, 1)]);
    expect(sorted.map((x) => x.code)).toEqual(['E', 'W']);
  });

  it('writes the location as line:column', () => {
    expect(formatLocation(d('A', 'error', 27, 12))).toBe('27:12');
    expect(formatLocation(d('A', 'error', 27))).toBe('27');
    expect(formatLocation(d('A', 'error'))).toBe('');
  });

  it('summarises counts in words', () => {
    const t = createI18n('en').getFixedT('en', 'diagnostics');
    expect(describeCounts(countBySeverity([d('A', 'error'), d('B', 'warning'), d('C', 'warning')]), t)).toBe('1 error, 2 warnings');
    expect(describeCounts(countBySeverity([d('A', 'info'), d('B', 'info')]), t)).toBe('2 notes');
    expect(describeCounts(countBySeverity([]), t)).toBe('No problems');
  });

  it('summarises counts in Chinese, where a noun has one form', () => {
    const t = createI18n('zh').getFixedT('zh', 'diagnostics');
    expect(describeCounts(countBySeverity([d('A', 'error'), d('B', 'warning'), d('C', 'warning'), d('D', 'info')]), t)).toBe('1 个错误，2 个警告，1 条提示');
    expect(describeCounts(countBySeverity([]), t)).toBe('没有问题');
  });
});
