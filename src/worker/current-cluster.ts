import type { Cluster, Diagnostic, SimulationState } from '../core';
import { createSimulationState } from '../core';

/**
 * The cluster of the last `load`, which queries are answered from, and the simulation state that carries
 * ClientIP affinity and IPVS rotation from one traced request to the next (as a real cluster would).
 * A new load replaces both: a changed cluster starts a fresh simulation.
 */
export interface CurrentCluster {
  readonly cluster: Cluster;
  state: SimulationState;
  /** The findings of the last load, so a trace can say which of them explains its outcome. */
  readonly findings: readonly Diagnostic[];
}

let current: CurrentCluster | undefined;

export function setCurrentCluster(cluster: Cluster, findings: readonly Diagnostic[]): void {
  current = { cluster, state: createSimulationState(cluster.settings.seed), findings };
}

export function currentCluster(): CurrentCluster | undefined {
  return current;
}

/** For tests. */
export function clearCurrentCluster(): void {
  current = undefined;
}
