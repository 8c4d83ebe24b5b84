import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core';
import { FINDING_CODES } from '../../core/diagnose/codes';
import { createI18n } from '../../i18n/create-i18n';
import { diagnosticHeadline, diagnosticText, severityWord } from './diagnostic-text';

const english = createI18n('en').getFixedT('en', 'diagnostics');
const chinese = createI18n('zh').getFixedT('zh', 'diagnostics');

const finding: Diagnostic = {
  code: 'SVC_SELECTOR_MATCHES_NOTHING',
  severity: 'warning',
  message: 'Service default/web selects app=wbe, which no pod has.',
  hint: 'Did you mean app=web?',
  line: 12,
};

describe('a diagnostic in the UI language', () => {
  it('in Chinese, puts a Chinese headline for the code before the core’s English message and hint', () => {
    expect(diagnosticHeadline(finding.code, chinese, 'zh')).toBe('选择算符没有匹配任何 Pod');
    expect(diagnosticText(finding, chinese, 'zh')).toBe(
      '选择算符没有匹配任何 Pod：Service default/web selects app=wbe, which no pod has. Did you mean app=web?',
    );
  });

  it('in English, shows the core’s message and hint as they are, with no headline', () => {
    expect(diagnosticHeadline(finding.code, english, 'en')).toBeUndefined();
    expect(diagnosticText(finding, english, 'en')).toBe('Service default/web selects app=wbe, which no pod has. Did you mean app=web?');
  });

  it('falls back to the message alone for a code the dictionary does not know', () => {
    const unknown: Diagnostic = { code: 'SOME_NEW_CHECK', severity: 'info', message: 'Something new.' };
    expect(diagnosticHeadline(unknown.code, chinese, 'zh')).toBeUndefined();
    expect(diagnosticText(unknown, chinese, 'zh')).toBe('Something new.');
    // Not fooled by names every object has.
    expect(diagnosticHeadline('constructor', chinese, 'zh')).toBeUndefined();
  });

  it('has a Chinese headline for every finding code the core lists, and for the reading errors', () => {
    const codes = [...Object.keys(FINDING_CODES), 'YAML_SYNTAX', 'MISSING_NAME', 'SERVICE_INVALID', 'INGRESS_PATH_TYPE_REQUIRED', 'DUPLICATE_OBJECT'];
    for (const code of codes) expect(diagnosticHeadline(code, chinese, 'zh'), code).toMatch(/\p{Script=Han}/u);
  });

  it('names the severity in each language', () => {
    expect(severityWord('error', english)).toBe('error');
    expect(severityWord('warning', chinese)).toBe('警告');
    expect(severityWord('info', chinese)).toBe('提示');
  });
});
