import type { Cluster, Protocol } from '../model/types';
import { applyClusterEvent, type TimedEvent } from './events';
import { createSimulationState } from './state';
import { traceRequest } from './trace';
import type { OutcomeType, Trace, TraceSource } from './types';

/**
 * Many requests at a steady rate from one or more sources over a simulated duration, with events on the
 * timeline. Returns every trace (with its start time) and the spread over pods, so the UI can draw load
 * bars. Seeded: the same cluster, spec and seed replay identically.
 */
export interface TrafficSpec {
  readonly sources: readonly TraceSource[];
  readonly target: string;
  readonly port?: number;
  readonly protocol?: Protocol;
  readonly ratePerSecond: number;
  readonly durationSeconds: number;
  readonly seed?: number;
  readonly events?: readonly TimedEvent[];
}

export interface TimedTrace {
  readonly startMs: number;
  readonly trace: Trace;
}

export interface TrafficResult {
  readonly traces: readonly TimedTrace[];
  /** `namespace/name` → requests delivered there. */
  readonly perPod: Readonly<Record<string, number>>;
  readonly outcomes: Readonly<Partial<Record<OutcomeType, number>>>;
  /** What each event did, or why it could not. */
  readonly eventLog: readonly { readonly atMs: number; readonly note: string }[];
}

/** A bound so that a mistyped rate cannot freeze the worker. */
export const MAX_TRAFFIC_REQUESTS = 100_000;

export function simulateTraffic(cluster: Cluster, spec: TrafficSpec): TrafficResult {
  const state = createSimulationState(spec.seed ?? cluster.settings.seed);
  const rate = Math.max(0, spec.ratePerSecond);
  const count = Math.min(MAX_TRAFFIC_REQUESTS, Math.floor(rate * Math.max(0, spec.durationSeconds)));
  const interval = rate > 0 ? 1000 / rate : 0;
  const events = [...(spec.events ?? [])].sort((a, b) => a.atMs - b.atMs);
  const traces: TimedTrace[] = [];
  const perPod: Record<string, number> = {};
  const outcomes: Partial<Record<OutcomeType, number>> = {};
  const eventLog: { atMs: number; note: string }[] = [];
  let current = cluster;
  let nextEvent = 0;
  for (let i = 0; i < count; i++) {
    const startMs = i * interval;
    while (nextEvent < events.length && (events[nextEvent]?.atMs ?? Infinity) <= startMs) {
      const timed = events[nextEvent] as TimedEvent;
      const result = applyClusterEvent(current, timed.event);
      if (result.ok) current = result.cluster;
      eventLog.push({ atMs: timed.atMs, note: result.ok ? result.note : `ignored: ${result.reason}` });
      nextEvent += 1;
    }
    state.nowMs = startMs;
    const source = spec.sources[i % Math.max(1, spec.sources.length)];
    if (!source) break;
    const trace = traceRequest(current, { source, target: spec.target, ...(spec.port !== undefined ? { port: spec.port } : {}), ...(spec.protocol ? { protocol: spec.protocol } : {}) }, state);
    traces.push({ startMs, trace });
    outcomes[trace.outcome.type] = (outcomes[trace.outcome.type] ?? 0) + 1;
    if (trace.outcome.type === 'delivered') {
      const key = `${trace.outcome.podNamespace}/${trace.outcome.podName}`;
      perPod[key] = (perPod[key] ?? 0) + 1;
    }
  }
  return { traces, perPod, outcomes, eventLog };
}
