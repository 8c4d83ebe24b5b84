import { createRng, type Rng } from '../util/hash';
import type { RecentTable } from './netfilter';

/**
 * What a cluster remembers between requests: the seeded generator, each node's `-m recent` lists (ClientIP
 * affinity), IPVS round-robin positions and open connections, the cloud load balancer's and the ingress
 * controller's round-robin positions, and the simulated clock. The same seed and requests give the same
 * traces.
 */
export interface SimulationState {
  readonly rng: Rng;
  readonly recent: Map<string, RecentTable>;
  /** Round-robin positions: key → next index. */
  readonly roundRobin: Map<string, number>;
  /** Open connections per real server: key → end times (simulated ms). */
  readonly connections: Map<string, number[]>;
  /** IPVS persistence (ClientIP affinity): node|vs|client → real server and expiry. */
  readonly persistence: Map<string, { readonly server: string; readonly untilMs: number }>;
  nowMs: number;
}

export function createSimulationState(seed: number): SimulationState {
  return { rng: createRng(seed), recent: new Map(), roundRobin: new Map(), connections: new Map(), persistence: new Map(), nowMs: 0 };
}

export function recentTableFor(state: SimulationState, node: string): RecentTable {
  let table = state.recent.get(node);
  if (!table) state.recent.set(node, (table = new Map()));
  return table;
}

export function nextRoundRobin(state: SimulationState, key: string, size: number): number {
  const index = (state.roundRobin.get(key) ?? 0) % size;
  state.roundRobin.set(key, index + 1);
  return index;
}

/** Open connections to a server at the current simulated time (for IPVS lc/wlc/sed/nq). */
export function activeConnections(state: SimulationState, key: string): number {
  const ends = state.connections.get(key);
  if (!ends) return 0;
  const open = ends.filter((end) => end > state.nowMs);
  state.connections.set(key, open);
  return open.length;
}

export function openConnection(state: SimulationState, key: string, untilMs: number): void {
  const ends = state.connections.get(key);
  if (ends) ends.push(untilMs);
  else state.connections.set(key, [untilMs]);
}
