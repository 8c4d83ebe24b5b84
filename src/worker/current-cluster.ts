import type { Cluster, SimulationState } from '../core';
import { createSimulationState } from '../core';

/**
 * The cluster of the last `load`, which queries are answered from, and the simulation state that carries
 * ClientIP affinity and IPVS rotation from one traced request to the next (as a real cluster would).
 * A new load replaces both: a changed cluster starts a fresh simulation.
 */
let current: { readonly cluster: Cluster; state: SimulationState } | undefined;

export function setCurrentCluster(cluster: Cluster): void {
  current = { cluster, state: createSimulationState(cluster.settings.seed) };
}

export function currentCluster(): { readonly cluster: Cluster; state: SimulationState } | undefined {
  return current;
}

/** For tests. */
export function clearCurrentCluster(): void {
  current = undefined;
}
