import { describe, expect, it } from 'vitest';
import { evenPixels, pickVideoType, playbackTimeAt, progressAt, VIDEO_HOLD_MS, VIDEO_LEAD_MS, videoScale, videoTimeline } from './video-plan';

describe('a journey as a video', () => {
  it('lasts a lead-in, the journey and a hold on the outcome', () => {
    expect(videoTimeline(5000).totalMs).toBe(VIDEO_LEAD_MS + 5000 + VIDEO_HOLD_MS);
  });

  it('stays on the first hop during the lead-in and on the outcome during the hold', () => {
    const timeline = videoTimeline(5000);
    expect(playbackTimeAt(timeline, 0)).toBe(0);
    expect(playbackTimeAt(timeline, VIDEO_LEAD_MS + 1000)).toBe(1000);
    expect(playbackTimeAt(timeline, timeline.totalMs)).toBe(5000);
  });

  it('reports progress from 0 to 1', () => {
    const timeline = videoTimeline(1000);
    expect(progressAt(timeline, -5)).toBe(0);
    expect(progressAt(timeline, timeline.totalMs / 2)).toBe(0.5);
    expect(progressAt(timeline, timeline.totalMs * 2)).toBe(1);
  });

  it('prefers VP9, then VP8, and has none when the browser records no WebM', () => {
    expect(pickVideoType(() => true)).toBe('video/webm;codecs=vp9');
    expect(pickVideoType((type) => !type.includes('vp9'))).toBe('video/webm;codecs=vp8');
    expect(pickVideoType(() => false)).toBeUndefined();
  });

  it('is sharp on dense screens but never past 1080p', () => {
    expect(videoScale(900, 600, 1)).toBe(1);
    expect(videoScale(900, 500, 2)).toBe(2);
    expect(videoScale(1600, 900, 2)).toBe(1.2);
    expect(videoScale(3000, 1000, 1)).toBeCloseTo(0.64);
  });

  it('has even pixel sizes', () => {
    expect(evenPixels(901, 1)).toBe(902);
    expect(evenPixels(451, 1.5)).toBe(676);
    expect(evenPixels(0, 1)).toBe(2);
  });
});
