import type { OutcomeType, Trace } from '../../../core';
import { anchorTrace, type Anchor, type AnchorLookup } from './hop-anchor';

/**
 * Playback pacing. The core's simulated times (fractions of a millisecond in a kernel, milliseconds on a
 * wire) are true but unwatchable, so the player gives every hop a readable beat instead: a hop that
 * rewrote the header holds long enough to read its label, a hop that only looked holds briefly, and a
 * move between two places on the graph takes a fixed travel time.
 */
export const PACING = {
  holdChangedMs: 900,
  holdMs: 260,
  travelMs: 650,
  /** The final stop stays (with the outcome's mark) before the packet is gone. */
  endHoldMs: 1400,
} as const;

export interface PlanStop {
  readonly hopIndex: number;
  readonly anchor: Anchor;
  readonly arriveMs: number;
  readonly leaveMs: number;
  readonly reply: boolean;
}

export interface PacketPlan {
  readonly stops: readonly PlanStop[];
  /** After this the packet is gone. */
  readonly endMs: number;
  /** When the outcome is decided (the delivery, or the hop that dropped it): load bars count from here. */
  readonly settledMs: number;
  /** The stop where the outcome is decided: the pod it reached, or the place that dropped it. */
  readonly settledStop: number;
  readonly outcome: OutcomeType;
}

const sameAnchor = (a: Anchor | undefined, b: Anchor | undefined): boolean => a !== undefined && b !== undefined && a.join('|') === b.join('|');

export function planPacket(trace: Trace, lookup: AnchorLookup): PacketPlan {
  const anchors = anchorTrace(trace, lookup);
  const stops: PlanStop[] = [];
  let clock = 0;
  trace.hops.forEach((hop, index) => {
    const anchor = anchors[index] ?? [];
    if (index > 0 && !sameAnchor(anchors[index - 1], anchor)) clock += PACING.travelMs;
    const changed = hop.before.src !== hop.after.src || hop.before.dst !== hop.after.dst;
    const last = index === trace.hops.length - 1;
    const hold = last ? PACING.endHoldMs : changed ? PACING.holdChangedMs : PACING.holdMs;
    stops.push({ hopIndex: index, anchor, arriveMs: clock, leaveMs: clock + hold, reply: hop.reply === true });
    clock += hold;
  });
  const deliver = trace.hops.findIndex((h) => h.kind === 'deliver' && h.reply !== true);
  let lastRequest = stops.length - 1;
  while (lastRequest > 0 && stops[lastRequest]?.reply) lastRequest -= 1;
  const settledStop = deliver >= 0 ? deliver : lastRequest;
  return { stops, endMs: clock, settledMs: stops[settledStop]?.arriveMs ?? 0, settledStop, outcome: trace.outcome.type };
}

export type PacketPosition =
  | { readonly type: 'hidden' }
  | { readonly type: 'at'; readonly stop: number; readonly ended: boolean }
  | { readonly type: 'moving'; readonly from: number; readonly to: number; readonly progress: number };

/** Where a packet is `elapsedMs` after it started: resting at a stop, or on the way between two. */
export function positionAt(plan: PacketPlan, elapsedMs: number): PacketPosition {
  const { stops } = plan;
  if (stops.length === 0 || elapsedMs < 0 || elapsedMs > plan.endMs) return { type: 'hidden' };
  const index = currentStopIndex(plan, elapsedMs);
  const stop = stops[index];
  const next = stops[index + 1];
  if (!stop) return { type: 'hidden' };
  if (!next) return { type: 'at', stop: index, ended: true };
  if (elapsedMs <= stop.leaveMs || next.arriveMs <= stop.leaveMs) return { type: 'at', stop: index, ended: false };
  return { type: 'moving', from: index, to: index + 1, progress: easeInOut((elapsedMs - stop.leaveMs) / (next.arriveMs - stop.leaveMs)) };
}

/** The last stop reached by `elapsedMs` (0 before the start). */
export function currentStopIndex(plan: PacketPlan, elapsedMs: number): number {
  let low = 0;
  let high = plan.stops.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((plan.stops[mid]?.arriveMs ?? Infinity) <= elapsedMs) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function easeInOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x < 0.5 ? 2 * x * x : 1 - (-2 * x + 2) ** 2 / 2;
}
