import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import type { ShareRefusalCode } from '../../share';
import { noticeText } from './notice-text';

const i18n = createI18n('en');
const english = i18n.getFixedT('en', 'share');
const chinese = i18n.getFixedT('zh', 'share');
const HAN = /\p{Script=Han}/u;

describe('what a notice says in English', () => {
  it('names the unknown example and the one shown instead', () => {
    expect(noticeText({ type: 'unknown-example', id: 'nope' }, false, english, 'en')).toBe(
      'There is no example called "nope". Showing "ClusterIP: myapp, 3 replicas" instead.',
    );
  });

  it("says why a link was refused in src/share's own words, and what is shown instead in the app and in an embed", () => {
    const notice = { type: 'refused-link', code: 'wrong-version', reason: 'this scenario is version 2; this svcscope reads version 1' } as const;
    expect(noticeText(notice, false, english, 'en')).toBe(
      'This link could not be opened: this scenario is version 2; this svcscope reads version 1. Nothing from it was loaded; your own manifests are shown.',
    );
    expect(noticeText(notice, true, english, 'en')).toContain('; an example is shown instead.');
  });

  it('quotes a refused file by its name, markup and all, as plain text', () => {
    const text = noticeText(
      { type: 'refused-file', code: 'not-json', reason: 'the file is not valid JSON', fileName: '<img src=x onerror=alert(1)>.json' },
      false,
      english,
      'en',
    );
    expect(text).toBe('"<img src=x onerror=alert(1)>.json" could not be opened: the file is not valid JSON. Nothing was changed.');
  });
});

describe('what a notice says in Chinese', () => {
  it('names the unknown example as the reader typed it, and the fallback example by its Chinese title', () => {
    expect(noticeText({ type: 'unknown-example', id: 'nope' }, false, chinese, 'zh')).toBe('没有名为“nope”的示例，改为显示“ClusterIP：myapp，3 个副本”。');
  });

  it("words the refusal's code in Chinese instead of quoting the English reason", () => {
    const notice = {
      type: 'refused-link',
      code: 'corrupt',
      reason: 'the link is damaged: its scenario does not decompress (was it cut off when copied?)',
    } as const;
    const text = noticeText(notice, false, chinese, 'zh');
    expect(text).toBe('无法打开此链接：链接已损坏：其中的场景无法解压（复制时是否被截断了？）。链接中的内容均未加载，显示的仍是你自己的清单。');
    expect(noticeText(notice, true, chinese, 'zh')).toContain('改为显示一个示例');
  });

  it('tells a link from a file: a file too large names the editor limit, a link too large does not', () => {
    const file = noticeText({ type: 'refused-file', code: 'too-large', reason: 'the file is larger than 16 MiB', fileName: 'big.json' }, false, chinese, 'zh');
    expect(file).toBe('无法打开“big.json”：文件大于 16 MiB。没有做任何更改。');
    const link = noticeText({ type: 'refused-link', code: 'too-large', reason: "the link's scenario expands past 2 MiB and is refused" }, false, chinese, 'zh');
    expect(link).toContain('链接过大');
  });

  it("keeps an invalid field's English detail: its path and rule are names from the format", () => {
    const text = noticeText({ type: 'refused-link', code: 'invalid', reason: 'seed must be a whole number from 0 to 4294967295' }, false, chinese, 'zh');
    expect(text).toBe('无法打开此链接：场景中有字段无效（seed must be a whole number from 0 to 4294967295）。链接中的内容均未加载，显示的仍是你自己的清单。');
  });

  it('has a Chinese reason for every refusal code, for links and for files, that does not quote the English', () => {
    const codes = [
      'no-scenario',
      'unsupported',
      'bad-encoding',
      'too-large',
      'corrupt',
      'not-json',
      'not-a-scenario',
      'wrong-version',
    ] as const satisfies readonly ShareRefusalCode[];
    for (const code of codes) {
      const link = noticeText({ type: 'refused-link', code, reason: 'ENGLISH REASON' }, false, chinese, 'zh');
      const file = noticeText({ type: 'refused-file', code, reason: 'ENGLISH REASON', fileName: 'a.json' }, false, chinese, 'zh');
      for (const text of [link, file]) {
        expect(text, code).not.toContain('ENGLISH REASON');
        expect(text.replace(/^.*?：/, ''), code).toMatch(HAN);
      }
    }
  });
});
