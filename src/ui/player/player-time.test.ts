import { describe, expect, it } from 'vitest';
import { formatSeconds, playStartMs, timelineValueText } from './player-time';

describe('player time', () => {
  it('reads out seconds with one decimal', () => {
    expect(formatSeconds(1234)).toBe('1.2 s');
    expect(formatSeconds(-5)).toBe('0.0 s');
  });

  it('speaks the time and the focused request’s hop', () => {
    expect(timelineValueText(2500, 9800, 3, 11)).toBe('2.5 s of 9.8 s, hop 4 of 11');
    expect(timelineValueText(0, 0, null, 0)).toBe('0.0 s of 0.0 s');
  });

  it('play at the end starts over, anywhere else resumes', () => {
    expect(playStartMs(9800, 9800)).toBe(0);
    expect(playStartMs(4000, 9800)).toBeNull();
    expect(playStartMs(0, 0)).toBeNull();
  });
});
