import { createSimulationState, findingsBehind, traceRequest, type Cluster, type Diagnostic, type SimulationState, type Trace } from '../../core';
import type { QueryParams, QueryResult } from '../../protocol';

/** Traces one request. With a seed it starts from a fresh state (replayable); without, it continues the session. */
export function answerTrace(
  cluster: Cluster,
  state: SimulationState,
  params: QueryParams<'trace'>,
  findings: readonly Diagnostic[] = [],
): QueryResult<'trace'> {
  if (params.seed !== undefined) return withFindings(traceRequest(cluster, params.request, createSimulationState(params.seed)), findings, cluster);
  // Each request of a session happens one simulated second after the previous one.
  state.nowMs += 1000;
  return withFindings(traceRequest(cluster, params.request, state), findings, cluster);
}

/** The trace with the findings that explain its outcome ("refused: the selector matches no pod, line 23"). */
export function withFindings<T extends Trace>(trace: T, findings: readonly Diagnostic[], cluster: Cluster): T {
  const behind = findingsBehind(trace, findings, cluster);
  return behind.length > 0 ? { ...trace, findings: behind } : trace;
}
