import { describe, expect, it } from 'vitest';
import { noticeText } from './notice-text';

describe('what a notice says', () => {
  it('names the unknown example and the one shown instead', () => {
    expect(noticeText({ type: 'unknown-example', id: 'nope' }, false)).toBe('There is no example called "nope". Showing "ClusterIP: myapp, 3 replicas" instead.');
  });

  it('says why a link was refused, and what is shown instead in the app and in an embed', () => {
    const notice = { type: 'refused-link', code: 'corrupt', reason: 'the link is damaged' } as const;
    expect(noticeText(notice, false)).toContain('could not be opened: the link is damaged');
    expect(noticeText(notice, false)).toContain('your own manifests are shown');
    expect(noticeText(notice, true)).toContain('an example is shown instead');
  });

  it('quotes a refused file by its name, markup and all, as plain text', () => {
    const text = noticeText({ type: 'refused-file', code: 'not-json', reason: 'the file is not valid JSON', fileName: '<img src=x onerror=alert(1)>.json' }, false);
    expect(text).toBe('"<img src=x onerror=alert(1)>.json" could not be opened: the file is not valid JSON. Nothing was changed.');
  });
});
