/** `1234` → `1.2 s`; the timeline's readout. */
export function formatSeconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** Spoken value of the timeline: where the clock is, and at which hop of the focused request. */
export function timelineValueText(timeMs: number, endMs: number, hop: number | null, hopCount: number): string {
  const at = `${formatSeconds(timeMs)} of ${formatSeconds(endMs)}`;
  return hop === null || hopCount === 0 ? at : `${at}, hop ${hop + 1} of ${hopCount}`;
}

/** Play at the end of the run starts it over; anywhere else it resumes. */
export function playStartMs(timeMs: number, endMs: number): number | null {
  return endMs > 0 && timeMs >= endMs - 1 ? 0 : null;
}
