import type { ClusterGraph } from '../../../core';
import type { PlayedTrace } from '../../../store';
import { findServiceByAddress, readClusterTargets } from '../../requests/cluster-targets';
import { currentStopIndex, planPacket, type PacketPlan } from './packet-plan';

export interface PlannedPacket {
  readonly packet: PlayedTrace;
  readonly plan: PacketPlan;
}

export interface RunPlan {
  readonly packets: readonly PlannedPacket[];
  readonly byId: ReadonlyMap<number, PlannedPacket>;
  /** Playback time when the last packet is gone: the timeline's length. */
  readonly endMs: number;
}

export const EMPTY_RUN: RunPlan = { packets: [], byId: new Map(), endMs: 0 };

export function planRun(packets: readonly PlayedTrace[], graph: ClusterGraph | null): RunPlan {
  if (packets.length === 0) return EMPTY_RUN;
  const targets = readClusterTargets(graph);
  const lookup = {
    serviceAt: (ip: string, port: number) => {
      const svc = findServiceByAddress(targets, ip, port);
      return svc ? `${svc.namespace}/${svc.name}` : undefined;
    },
  };
  const planned = packets.map((packet) => ({ packet, plan: planPacket(packet.trace, lookup) }));
  const endMs = planned.reduce((end, p) => Math.max(end, p.packet.startMs + p.plan.endMs), 0);
  return { packets: planned, byId: new Map(planned.map((p) => [p.packet.id, p])), endMs };
}

let cache: { readonly packets: readonly PlayedTrace[]; readonly graph: ClusterGraph | null; readonly run: RunPlan } | null = null;

/**
 * The overlay, the player and the hop list all need the same plans; they are computed once per run and
 * graph (never per frame).
 */
export function cachedRunPlan(packets: readonly PlayedTrace[], graph: ClusterGraph | null): RunPlan {
  if (cache?.packets !== packets || cache.graph !== graph) cache = { packets, graph, run: planRun(packets, graph) };
  return cache.run;
}

/** Playback time at which a packet reaches one of its hops. */
export function hopTimeMs(planned: PlannedPacket, hopIndex: number): number {
  return planned.packet.startMs + (planned.plan.stops[hopIndex]?.arriveMs ?? 0);
}

/** The hop a packet has reached at playback time `timeMs`; null before it starts. */
export function hopIndexAt(planned: PlannedPacket, timeMs: number): number | null {
  const elapsed = timeMs - planned.packet.startMs;
  if (elapsed < 0 || planned.plan.stops.length === 0) return null;
  return planned.plan.stops[currentStopIndex(planned.plan, elapsed)]?.hopIndex ?? null;
}

/** Where "next hop" and "previous hop" take the clock: the neighbouring hop arrivals of the focused packet. */
export function stepTimeMs(planned: PlannedPacket, timeMs: number, direction: 1 | -1): number {
  const EPSILON = 1;
  const times = planned.plan.stops.map((stop) => planned.packet.startMs + stop.arriveMs);
  if (direction === 1) return times.find((t) => t > timeMs + EPSILON) ?? planned.packet.startMs + planned.plan.endMs;
  for (let i = times.length - 1; i >= 0; i--) if ((times[i] ?? 0) < timeMs - EPSILON) return times[i] ?? 0;
  return planned.packet.startMs;
}
