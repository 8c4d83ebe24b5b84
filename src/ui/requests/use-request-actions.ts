import { useCallback, useMemo } from 'react';
import { selectGraph, selectRequestSource, selectRequestTarget, selectStacks } from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { readClusterTargets, type ClusterTargets } from './cluster-targets';
import { effectiveSource, toTraceSource } from './request-source';
import { defaultTarget } from './target-suggestions';

export interface RequestActions {
  readonly targets: ClusterTargets;
  /** The source and destination a Send would use now (the user's, else sensible defaults). */
  readonly source: string;
  readonly target: string;
  readonly placeholderTarget: string;
  send(source?: string, target?: string): void;
  stream(): void;
}

/** The request panel's state and its two verbs, shared by the form and the per-Service shortcuts. */
export function useRequestActions(): RequestActions {
  const store = useAppStoreApi();
  const graph = useAppStore(selectGraph);
  const chosenSource = useAppStore(selectRequestSource);
  const typedTarget = useAppStore(selectRequestTarget);
  const stacks = useAppStore(selectStacks);
  const targets = useMemo(() => readClusterTargets(graph, stacks), [graph, stacks]);
  const source = effectiveSource(chosenSource, targets);
  const placeholderTarget = defaultTarget(targets, source);
  const target = typedTarget.trim() === '' ? placeholderTarget : typedTarget.trim();

  const send = useCallback(
    (sourceId: string = source, to: string = target) => {
      const traceSource = toTraceSource(sourceId);
      if (!traceSource || to === '') return;
      void store.getState().sendRequest({ source: traceSource, target: to });
    },
    [store, source, target],
  );

  const stream = useCallback(() => {
    const traceSource = toTraceSource(source);
    if (!traceSource || target === '') return;
    const { streamRatePerSecond, streamDurationSeconds } = store.getState();
    void store.getState().streamRequests({ sources: [traceSource], target, ratePerSecond: streamRatePerSecond, durationSeconds: streamDurationSeconds });
  }, [store, source, target]);

  return { targets, source, target, placeholderTarget, send, stream };
}
