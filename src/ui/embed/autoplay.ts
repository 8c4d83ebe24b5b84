/** How long the outcome stays on screen before a looping embed plays the request again. */
export const LOOP_PAUSE_MS = 1500;

export interface PlaybackMoment {
  readonly playing: boolean;
  readonly timeMs: number;
  readonly endMs: number;
}

/**
 * A looping embed starts over when the run has just stopped at its end on its own. A pause in the middle
 * is the reader's, and is left alone; so is an empty run.
 */
export function endedOnItsOwn(before: PlaybackMoment, after: PlaybackMoment): boolean {
  return before.playing && !after.playing && after.endMs > 0 && after.timeMs >= after.endMs - 1;
}

/** Autoplay waits for a graph, sends once per page, and yields to a reader who asked for less motion. */
export function shouldAutoplay(options: {
  readonly autoplay: boolean;
  readonly hasGraph: boolean;
  readonly alreadySent: boolean;
  readonly reducedMotion: boolean;
}): boolean {
  return options.autoplay && options.hasGraph && !options.alreadySent && !options.reducedMotion;
}

/**
 * Destination choices: the scenario's own target first, then every address the cluster offers, once each,
 * each shown with what it is (`describe` words that in the reader's language).
 */
export function destinationOptions(
  scenarioTarget: string,
  suggestions: readonly { readonly value: string; readonly label: string }[],
  describe: (value: string, label: string) => string = (value, label) => `${value} (${label})`,
): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const seen = new Set<string>();
  const add = (value: string, label: string): void => {
    if (value === '' || seen.has(value)) return;
    seen.add(value);
    out.push({ value, label });
  };
  add(scenarioTarget.trim(), scenarioTarget.trim());
  for (const s of suggestions) add(s.value, describe(s.value, s.label));
  return out;
}
