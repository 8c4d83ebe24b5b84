import type { TFunction } from 'i18next';

export type PlayerT = TFunction<'player'>;

const secondsOf = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(1);

/** `1234` → `1.2 s` (`1.2 秒`); spoken seconds. */
export function formatSeconds(ms: number, t: PlayerT): string {
  return t('seconds', { seconds: secondsOf(ms) });
}

/** `1.2 s / 9.8 s`: the readout beside the timeline. */
export function readoutText(timeMs: number, endMs: number, t: PlayerT): string {
  return t('readout', { time: secondsOf(timeMs), end: secondsOf(endMs) });
}

/** Spoken value of the timeline: where the clock is, and at which hop of the focused request. */
export function timelineValueText(timeMs: number, endMs: number, hop: number | null, hopCount: number, t: PlayerT): string {
  const time = formatSeconds(timeMs, t);
  const end = formatSeconds(endMs, t);
  return hop === null || hopCount === 0 ? t('timeOfEnd', { time, end }) : t('timeAtHop', { time, end, hop: hop + 1, hops: hopCount });
}

/** Play at the end of the run starts it over; anywhere else it resumes. */
export function playStartMs(timeMs: number, endMs: number): number | null {
  return endMs > 0 && timeMs >= endMs - 1 ? 0 : null;
}
