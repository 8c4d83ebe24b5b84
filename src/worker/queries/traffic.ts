import { simulateTraffic, type Cluster, type Diagnostic } from '../../core';
import type { QueryParams, QueryResult } from '../../protocol';
import { withFindings } from './trace';

export function answerTraffic(cluster: Cluster, params: QueryParams<'traffic'>, findings: readonly Diagnostic[] = []): QueryResult<'traffic'> {
  const result = simulateTraffic(cluster, params.spec);
  if (findings.length === 0) return result;
  return { ...result, traces: result.traces.map((timed) => ({ ...timed, trace: withFindings(timed.trace, findings, cluster) })) };
}
