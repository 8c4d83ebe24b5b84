import type { TFunction } from 'i18next';
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

/** "4 nodes · 3 pods (3 ready) · 1 service · 1 workload", ingresses only when there are some. */
export function describeCluster(counts: ClusterCounts, t: TFunction<'status'>): string {
  return [
    t('nodes', { count: counts.nodes }),
    t('pods', { count: counts.pods, ready: counts.readyPods }),
    t('services', { count: counts.services }),
    t('workloads', { count: counts.workloads }),
    ...(counts.ingresses > 0 ? [t('ingresses', { count: counts.ingresses })] : []),
  ].join(t('separator'));
}

/** What the status line says. The graph-kept case names the line, because that is where to look. */
export function describeStatus(input: StatusInput, t: TFunction<'status'>): StatusView {
  const notes: string[] = [];
  if (input.timings && input.status !== 'parsing') {
    const engine = input.layout === 'columns' ? t('layoutColumns') : t('layoutElk');
    notes.push(t('timings', { parseMs: input.timings.parseMs, layoutMs: input.timings.layoutMs, engine }));
  }
  if (input.hiddenNodeCount > 0) notes.push(t('notDrawn', { count: input.hiddenNodeCount }));
  if (!input.textSaved) notes.push(t('notSaved'));

  switch (input.status) {
    case 'idle':
      return { tone: 'busy', message: t('starting'), notes };
    case 'parsing':
      return { tone: 'busy', message: t('parsing'), notes };
    case 'failed':
      // The failure is the worker's or the bridge's own words (an exception's message): shown as given.
      return { tone: 'error', message: t('failed', { reason: input.failure ?? t('unknownError') }), notes };
    case 'ready': {
      if (input.graphIsStale && input.blocking) {
        const line = input.blocking.line;
        return { tone: 'error', message: line === undefined ? t('stale') : t('staleAtLine', { line }), notes };
      }
      const message = input.counts ? describeCluster(input.counts, t) : t('ready');
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
