import type { ClusterGraph, OutcomeType } from '../../core';
import type { PodStack } from '../../protocol';
import type { PlayedTrace, RunTally } from '../../store';
import { OUTCOME_ORDER, OUTCOME_STYLE, outcomeTypeLabel } from './outcomes';
import type { RequestsT } from './requests-t';

export interface OutcomeRow {
  readonly type: OutcomeType;
  readonly label: string;
  readonly colour: string;
  readonly glyph: string;
  readonly count: number;
}

export interface PodLoadRow {
  /** `namespace/name`. */
  readonly key: string;
  readonly name: string;
  readonly count: number;
  /** Share of the busiest pod, for the bar. */
  readonly fraction: number;
}

/** The outcomes a trainer always explains are listed even at zero, so the legend reads the same every time. */
const ALWAYS: readonly OutcomeType[] = ['delivered', 'refused', 'dropped', 'timeout'];

export function outcomeRows(tally: RunTally, t: RequestsT): OutcomeRow[] {
  return OUTCOME_ORDER.filter((type) => ALWAYS.includes(type) || (tally.outcomes[type] ?? 0) > 0).map((type) => ({
    type,
    label: outcomeTypeLabel(type, t),
    ...OUTCOME_STYLE[type],
    count: tally.outcomes[type] ?? 0,
  }));
}

/**
 * One row per pod that could have answered (an endpoint of a Service the run went through) or did, so a
 * pod that got nothing (sticky sessions, a Local policy) shows as an empty bar, not as a missing row.
 */
export function podLoadRows(
  tally: RunTally,
  packets: readonly PlayedTrace[],
  graph: ClusterGraph | null,
  stacks: Readonly<Record<string, PodStack>> = {},
): PodLoadRow[] {
  const services = new Set(packets.flatMap((p) => (p.trace.service ? [`endpoints/${p.trace.service.namespace}/${p.trace.service.name}`] : [])));
  const keys: string[] = [];
  const add = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const edge of graph?.edges ?? []) {
    if (edge.kind !== 'endpoint' || !services.has(edge.source)) continue;
    // An endpoint edge to a stack stands for every pod folded into it.
    const stack = stacks[edge.target];
    if (stack) for (const name of stack.podNames) add(`${stack.namespace}/${name}`);
    else add(edge.target.slice('pod/'.length));
  }
  for (const key of Object.keys(tally.perPod)) add(key);
  const max = Math.max(0, ...keys.map((key) => tally.perPod[key] ?? 0));
  return keys.map((key) => {
    const count = tally.perPod[key] ?? 0;
    return { key, name: key.slice(key.indexOf('/') + 1), count, fraction: max > 0 ? count / max : 0 };
  });
}
