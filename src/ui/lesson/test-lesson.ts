/** For this folder's tests: a real lesson on the myapp example, and a store whose worker answers by hand. */
import type { Bridge, QueryOutcome } from '../../bridge';
import type { LessonAnswer, QueryKind, QueryParams } from '../../protocol';
import { createAppStore, type AppStore } from '../../store';
import { myappLesson } from '../../store/test-lesson';

export { myappLesson };

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
