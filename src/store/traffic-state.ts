import type { Hop, OutcomeType, Trace, TrafficResult } from '../core';

/**
 * One request on the playback timeline. `startMs` is playback time (the player's clock), not the core's
 * simulated time: a trace is a plan, and the UI decides when to play it.
 */
export interface PlayedTrace {
  readonly id: number;
  readonly startMs: number;
  readonly trace: Trace;
}

/**
 * The hop a user picked in a hop list. The hop's own fields are spread in, so readers ask
 * `selectedHop.rule?.id` and `selectedHop.rule?.node` (the inspector highlights that rule in the node's table).
 */
export type SelectedHop = Hop & { readonly traceId: number; readonly index: number };

/**
 * Where the playback clock stood at a wall-clock instant. It changes only on play, pause, seek and speed
 * changes; the frame loop derives the current time from it, so no frame ever writes to the store.
 */
export interface Playhead {
  readonly timeMs: number;
  readonly wallMs: number;
}

export interface RunTally {
  readonly total: number;
  readonly outcomes: Readonly<Partial<Record<OutcomeType, number>>>;
  /** `namespace/name` → requests delivered there. */
  readonly perPod: Readonly<Record<string, number>>;
}

export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

export const EMPTY_TALLY: RunTally = { total: 0, outcomes: {}, perPod: {} };

/** The playback time at wall-clock `nowMs`. */
export function playheadTimeMs(playhead: Playhead, playing: boolean, speed: number, nowMs: number): number {
  return playing ? playhead.timeMs + Math.max(0, nowMs - playhead.wallMs) * speed : playhead.timeMs;
}

/** Adds one traced request to the run, starting where the clock stands now. */
export function appendTrace(packets: readonly PlayedTrace[], trace: Trace, startMs: number, id: number): PlayedTrace[] {
  return [...packets, { id, startMs, trace }];
}

/** A traffic answer becomes a fresh run: each request starts at its simulated start time. */
export function runFromTraffic(result: TrafficResult, firstId: number): PlayedTrace[] {
  return result.traces.map((timed, index) => ({ id: firstId + index, startMs: timed.startMs, trace: timed.trace }));
}

/** How the requests of a run ended, and how they spread over pods. */
export function tallyRun(packets: readonly PlayedTrace[]): RunTally {
  if (packets.length === 0) return EMPTY_TALLY;
  const outcomes: Partial<Record<OutcomeType, number>> = {};
  const perPod: Record<string, number> = {};
  for (const { trace } of packets) {
    const outcome = trace.outcome;
    outcomes[outcome.type] = (outcomes[outcome.type] ?? 0) + 1;
    if (outcome.type === 'delivered') {
      const key = `${outcome.podNamespace}/${outcome.podName}`;
      perPod[key] = (perPod[key] ?? 0) + 1;
    }
  }
  return { total: packets.length, outcomes, perPod };
}

export function selectHopOf(packets: readonly PlayedTrace[], traceId: number, index: number): SelectedHop | null {
  const hop = packets.find((p) => p.id === traceId)?.trace.hops[index];
  return hop ? { ...hop, traceId, index } : null;
}
