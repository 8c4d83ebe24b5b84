import type { Diagnostic } from '../../core';
import type { ClusterCounts, LayoutEngine } from '../../protocol';
import type { LoadStatus } from '../../store';

export interface StatusInput {
  readonly status: LoadStatus;
  readonly counts: ClusterCounts | null;
  readonly failure: string | null;
  readonly graphIsStale: boolean;
  readonly blocking: Diagnostic | undefined;
  readonly hiddenNodeCount: number;
  readonly layout: LayoutEngine | null;
  readonly timings: { readonly parseMs: number; readonly layoutMs: number } | null;
  readonly textSaved: boolean;
}

export type StatusTone = 'busy' | 'ok' | 'warning' | 'error';

export interface StatusView {
  readonly tone: StatusTone;
  readonly message: string;
  /** Secondary facts: timings, layout engine, what was not drawn, whether the text is saved. */
  readonly notes: readonly string[];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function describeCluster(counts: ClusterCounts): string {
  return [
    plural(counts.nodes, 'node'),
    `${plural(counts.pods, 'pod')} (${counts.readyPods} ready)`,
    plural(counts.services, 'service'),
    plural(counts.workloads, 'workload'),
    ...(counts.ingresses > 0 ? [plural(counts.ingresses, 'ingress', 'ingresses')] : []),
  ].join(' · ');
}

/** What the status line says. The graph-kept case names the line, because that is where to look. */
export function describeStatus(input: StatusInput): StatusView {
  const notes: string[] = [];
  if (input.timings && input.status !== 'parsing') {
    notes.push(`read in ${input.timings.parseMs} ms, laid out in ${input.timings.layoutMs} ms (${input.layout === 'columns' ? 'columns' : 'ELK'})`);
  }
  if (input.hiddenNodeCount > 0) notes.push(`${plural(input.hiddenNodeCount, 'object')} not drawn`);
  if (!input.textSaved) notes.push('text not saved in this browser');

  switch (input.status) {
    case 'idle':
      return { tone: 'busy', message: 'Starting…', notes };
    case 'parsing':
      return { tone: 'busy', message: 'Parsing…', notes };
    case 'failed':
      return { tone: 'error', message: `Could not read the manifests: ${input.failure ?? 'unknown error'}`, notes };
    case 'ready': {
      if (input.graphIsStale && input.blocking) {
        const where = input.blocking.line === undefined ? '' : ` on line ${input.blocking.line}`;
        return { tone: 'error', message: `YAML error${where}: showing the last graph that could be read`, notes };
      }
      const message = input.counts ? describeCluster(input.counts) : 'Ready';
      const tone = input.counts && input.counts.errors > 0 ? 'warning' : 'ok';
      return { tone, message, notes };
    }
    default:
      return assertNever(input.status);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled status ${String(value)}`);
}
