import { createSimulationState, traceRequest, type Cluster, type SimulationState } from '../../core';
import type { QueryParams, QueryResult } from '../../protocol';

/** Traces one request. With a seed it starts from a fresh state (replayable); without, it continues the session. */
export function answerTrace(cluster: Cluster, state: SimulationState, params: QueryParams<'trace'>): QueryResult<'trace'> {
  if (params.seed !== undefined) return traceRequest(cluster, params.request, createSimulationState(params.seed));
  // Each request of a session happens one simulated second after the previous one.
  state.nowMs += 1000;
  return traceRequest(cluster, params.request, state);
}
