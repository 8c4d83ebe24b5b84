import { simulateTraffic, type Cluster } from '../../core';
import type { QueryParams, QueryResult } from '../../protocol';

export function answerTraffic(cluster: Cluster, params: QueryParams<'traffic'>): QueryResult<'traffic'> {
  return simulateTraffic(cluster, params.spec);
}
