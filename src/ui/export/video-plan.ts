/**
 * The timing and format of a request's journey as a video. MediaRecorder records in real time, so the
 * video lasts as long as its recording: a short lead-in on the first hop, the journey at 1× (the player's
 * readable pacing), and a hold on the outcome so its label can be read before the video ends.
 */
export const VIDEO_LEAD_MS = 400;
export const VIDEO_HOLD_MS = 1500;
export const VIDEO_FPS = 30;
/** Enough for sharp text at 1080p in VP9/VP8 without a multi-megabyte file for a 15-second journey. */
export const VIDEO_BITS_PER_SECOND = 4_000_000;

/** Best first: VP9 is smaller at the same quality; every Chromium and Firefox records VP8. */
export const VIDEO_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'] as const;

export function pickVideoType(isSupported: (type: string) => boolean): string | undefined {
  return VIDEO_TYPES.find((type) => isSupported(type));
}

export interface VideoTimeline {
  readonly journeyMs: number;
  readonly totalMs: number;
}

export function videoTimeline(journeyMs: number): VideoTimeline {
  const journey = Math.max(0, journeyMs);
  return { journeyMs: journey, totalMs: VIDEO_LEAD_MS + journey + VIDEO_HOLD_MS };
}

/** The player's time to draw at `elapsedMs` into the recording. */
export function playbackTimeAt(timeline: VideoTimeline, elapsedMs: number): number {
  return Math.min(timeline.journeyMs, Math.max(0, elapsedMs - VIDEO_LEAD_MS));
}

export function progressAt(timeline: VideoTimeline, elapsedMs: number): number {
  return timeline.totalMs <= 0 ? 1 : Math.min(1, Math.max(0, elapsedMs / timeline.totalMs));
}

/**
 * Pixels per CSS pixel for the video: the screen's density, at most 2, and no larger than 1080p, which
 * real-time encoders keep up with. Sizes come out even, as VP8 and VP9 want.
 */
export function videoScale(width: number, height: number, devicePixelRatio: number): number {
  if (width <= 0 || height <= 0) return 1;
  return Math.min(Math.max(1, devicePixelRatio || 1), 2, 1920 / width, 1080 / height);
}

export function evenPixels(cssPixels: number, scale: number): number {
  return Math.max(2, 2 * Math.round((cssPixels * scale) / 2));
}
