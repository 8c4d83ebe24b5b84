import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { noticeText } from './notice-text';

const english = createI18n('en').getFixedT('en', 'whatif');
const chinese = createI18n('zh').getFixedT('zh', 'whatif');

describe('the what-if message', () => {
  it('says the text is being edited, in the UI language', () => {
    expect(noticeText({ tone: 'busy', text: 'Editing the manifests…' }, english)).toBe('Editing the manifests…');
    expect(noticeText({ tone: 'busy', text: 'Editing the manifests…' }, chinese)).toBe('正在修改清单…');
  });

  it('adds the line of the change to the core’s summary', () => {
    const done = { tone: 'ok', text: 'Deployment myapp scaled from 3 to 5 replicas', line: 7 } as const;
    expect(noticeText(done, english)).toBe('Deployment myapp scaled from 3 to 5 replicas · manifests line 7');
    expect(noticeText(done, chinese)).toBe('Deployment myapp scaled from 3 to 5 replicas · 清单第 7 行');
    expect(noticeText({ tone: 'ok', text: 'web: sessionAffinity None (already so in the text)' }, chinese)).toBe('web: sessionAffinity None (already so in the text)');
  });

  it('passes a refusal through as the worker worded it', () => {
    expect(noticeText({ tone: 'error', text: 'no Service default/x' }, chinese)).toBe('no Service default/x');
  });
});
