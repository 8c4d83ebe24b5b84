import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/create-i18n';
import { formatSeconds, playStartMs, readoutText, timelineValueText } from './player-time';

const english = createI18n('en').getFixedT('en', 'player');
const chinese = createI18n('zh').getFixedT('zh', 'player');

describe('player time', () => {
  it('reads out seconds with one decimal', () => {
    expect(formatSeconds(1234, english)).toBe('1.2 s');
    expect(formatSeconds(-5, english)).toBe('0.0 s');
    expect(formatSeconds(1234, chinese)).toBe('1.2 秒');
  });

  it('the readout keeps the SI symbol in both languages, so the row keeps its width', () => {
    expect(readoutText(1234, 9800, english)).toBe('1.2 s / 9.8 s');
    expect(readoutText(1234, 9800, chinese)).toBe('1.2 s / 9.8 s');
  });

  it('speaks the time and the focused request’s hop', () => {
    expect(timelineValueText(2500, 9800, 3, 11, english)).toBe('2.5 s of 9.8 s, hop 4 of 11');
    expect(timelineValueText(0, 0, null, 0, english)).toBe('0.0 s of 0.0 s');
  });

  it('speaks them in Chinese too, hop numbers counted from one', () => {
    expect(timelineValueText(2500, 9800, 3, 11, chinese)).toBe('2.5 秒，共 9.8 秒，第 4 跳，共 11 跳');
    expect(timelineValueText(0, 0, null, 0, chinese)).toBe('0.0 秒，共 0.0 秒');
  });

  it('play at the end starts over, anywhere else resumes', () => {
    expect(playStartMs(9800, 9800)).toBe(0);
    expect(playStartMs(4000, 9800)).toBeNull();
    expect(playStartMs(0, 0)).toBeNull();
  });
});
