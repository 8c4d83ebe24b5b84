import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { linkProblemText } from './link-problem-text';

const i18n = createI18n('en');
const english = i18n.getFixedT('en', 'share');
const chinese = i18n.getFixedT('zh', 'share');
const tooLong = { type: 'done', result: { ok: false, reason: 'too-long', length: 12345, limit: 8000 } } as const;
const tooLarge = { type: 'done', result: { ok: false, reason: 'too-large', bytes: 2.5 * 1024 * 1024, limit: 2 * 1024 * 1024 } } as const;

describe('why a scenario has no link', () => {
  it('a link too long for chat apps gives its length and the limit, with thousands separated', () => {
    expect(linkProblemText(tooLong, english)).toBe(
      'This scenario makes a link of 12,345 characters; chat apps, mail and issue trackers may cut links past 8,000. Download it as a file instead: svcscope opens it with "Open scenario file".',
    );
    expect(linkProblemText(tooLong, chinese)).toContain('此场景生成的链接有 12,345 个字符');
    expect(linkProblemText(tooLong, chinese)).toContain('超过 8,000 个字符');
  });

  it('a scenario too large for any link gives its size in MiB', () => {
    expect(linkProblemText(tooLarge, english)).toBe('This scenario is 2.5 MiB, more than a link may carry (2 MiB). Download it as a file instead.');
    expect(linkProblemText(tooLarge, chinese)).toBe('此场景有 2.5 MiB，超过了链接能承载的上限（2 MiB）。请改为下载场景文件。');
  });

  it('an unshareable scenario quotes the reason; a link being made, or made, is no problem', () => {
    expect(linkProblemText({ type: 'failed', reason: 'seed must be a whole number' }, chinese)).toBe('无法分享此场景：seed must be a whole number。');
    expect(linkProblemText({ type: 'making' }, english)).toBeNull();
    expect(linkProblemText({ type: 'done', result: { ok: true, url: 'https://x.test/#s=a', length: 19 } }, english)).toBeNull();
  });

  it("the link's length under the link reads as a count in each language", () => {
    expect(english('linkHint', { count: 1234 })).toBe('1,234 characters. Whoever opens it sees the same graph, and their first Send replays the same trace.');
    expect(english('linkHint', { count: 1 })).toMatch(/^1 character\. /);
    expect(chinese('linkHint', { count: 1234 })).toMatch(/^共 1,234 个字符。/);
  });
});
