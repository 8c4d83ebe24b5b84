/** For this folder's tests: a real lesson on the myapp example, and a store whose worker answers by hand. */
import type { Bridge, QueryOutcome } from '../../bridge';
import { buildCluster, createSimulationState, lessonFor, lessonRequestFor, traceRequest } from '../../core';
import { findExample } from '../../examples';
import type { LessonAnswer, QueryKind, QueryParams } from '../../protocol';
import { createAppStore, type AppStore } from '../../store';

export function myappLesson(): Extract<LessonAnswer, { type: 'lesson' }> {
  const example = findExample('myapp-clusterip');
  if (!example) throw new Error('myapp-clusterip is gone');
  const cluster = buildCluster(example.manifests, {});
  const request = lessonRequestFor(example, cluster);
  if (!request) throw new Error('no request');
  const trace = traceRequest(cluster, request, createSimulationState(1));
  return { type: 'lesson', exampleId: example.id, request, trace, steps: { en: lessonFor(example, trace, 'en'), zh: lessonFor(example, trace, 'zh') } };
}

/** A store whose lesson question is answered with `answer`; every other question stays unanswered. */
export async function storeWithLesson(answer: LessonAnswer = myappLesson()): Promise<AppStore> {
  const bridge: Bridge = {
    load: () => new Promise(() => undefined),
    query<K extends QueryKind>(kind: K, _params: QueryParams<K>) {
      if (kind !== 'lesson') return new Promise<QueryOutcome<K>>(() => undefined);
      return Promise.resolve({ type: 'answer', result: answer } as QueryOutcome<K>);
    },
    mode: () => 'worker',
    dispose: () => undefined,
  };
  const store = createAppStore(bridge, {
    storage: null,
    now: () => 1000,
    timers: { setTimeout: () => 0, clearTimeout: () => undefined },
    browserLanguages: ['en'],
  });
  await store.getState().startLesson();
  return store;
}
