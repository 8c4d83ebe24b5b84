import { describe, expect, it } from 'vitest';
import type { Bridge, QueryOutcome } from '../bridge';
import { PROTOCOL_VERSION, type LessonAnswer, type QueryKind, type QueryParams } from '../protocol';
import { createAppStore } from './create-app-store';
import { selectLessonIsStale, selectLessonSteps } from './selectors';
import { myappLesson } from './test-lesson';
import { findExample } from '../examples';

const myapp = findExample('myapp-clusterip');

/** A bridge whose queries the test answers by hand; inspector questions are left unanswered. */
function fakeBridge() {
  const asked: { kind: QueryKind; params: unknown; resolve: (outcome: QueryOutcome<QueryKind>) => void }[] = [];
  /** Every message in the order the bridge was asked: `load` or the query kind. */
  const sent: string[] = [];
  const bridge: Bridge = {
    load: () => {
      sent.push('load');
      return new Promise(() => undefined);
    },
    query<K extends QueryKind>(kind: K, params: QueryParams<K>) {
      sent.push(kind);
      return new Promise<QueryOutcome<K>>((resolve) => asked.push({ kind, params, resolve: resolve as (o: QueryOutcome<QueryKind>) => void }));
    },
    mode: () => 'worker',
    dispose: () => undefined,
  };
  return { bridge, asked, sent };
}

const neverFires = { setTimeout: () => 0, clearTimeout: () => undefined };

function setup() {
  const { bridge, asked, sent } = fakeBridge();
  const store = createAppStore(bridge, { storage: null, now: () => 1000, timers: neverFires, browserLanguages: ['en'] });
  const lessonQuestions = () => asked.filter((q) => q.kind === 'lesson');
  const answer = (result: LessonAnswer, which = -1) => lessonQuestions().at(which)?.resolve({ type: 'answer', result });
  return { store, asked, sent, lessonQuestions, answer };
}

async function started(result: LessonAnswer = myappLesson()) {
  const context = setup();
  const start = context.store.getState().startLesson();
  context.answer(result);
  await start;
  return context;
}

describe('lesson slice', () => {
  it('reads an edit still waiting for the typing pause before asking for the lesson, so it teaches the edited cluster', () => {
    const { store, sent } = setup();
    store.getState().setText(`${store.getState().text}\n# edited`);
    expect(sent).toEqual([]);
    void store.getState().startLesson();
    expect(sent).toEqual(['load', 'lesson']);
    // Nothing waiting: no extra load.
    void store.getState().startLesson();
    expect(sent).toEqual(['load', 'lesson', 'lesson']);
  });

  it("names the example while the text is still the example's manifests, and none once it was edited", async () => {
    const { store, lessonQuestions } = setup();
    void store.getState().startLesson();
    expect(lessonQuestions()[0]?.params).toEqual({ exampleId: 'myapp-clusterip' });
    store.getState().setText(`${store.getState().text}\n# my note`);
    void store.getState().startLesson();
    expect(lessonQuestions()[1]?.params).toEqual({ exampleId: null });
  });

  it("starting plays the lesson's own trace as the only request, and shows it in the request panel", async () => {
    const lesson = myappLesson();
    const { store } = await started(lesson);
    const state = store.getState();
    expect(state.lesson.status).toBe('ready');
    expect(state.packets).toHaveLength(1);
    expect(state.packets[0]?.trace).toBe(lesson.trace);
    expect(state.lesson.status === 'ready' && state.lesson.traceId).toBe(state.packets[0]?.id);
    expect(state.focusedTraceId).toBe(state.packets[0]?.id);
    expect(state.playing).toBe(true);
    expect(state.requestSource).toBe('node/node1');
    expect(state.requestTarget).toBe(myapp?.suggestedRequest.target);
    expect(state.lessonStepIndex).toBe(0);
  });

  it('a hop step pauses the player, selects that hop and opens its rule in the inspector', async () => {
    const lesson = myappLesson();
    const { store } = await started(lesson);
    const dnatStep = lesson.steps.en.findIndex((step) => step.title === 'DNAT');
    expect(dnatStep).toBeGreaterThan(0);
    store.getState().goToLessonStep(dnatStep);
    const state = store.getState();
    const hopIndex = lesson.steps.en[dnatStep]?.lookAt.hopIndex;
    expect(state.playing).toBe(false);
    expect(state.lessonStepIndex).toBe(dnatStep);
    expect(state.selectedHop?.index).toBe(hopIndex);
    expect(state.selectedHop?.rule?.chain).toMatch(/^KUBE-SEP-/);
    expect(state.selectedNodeId).toBe('node/node1');
    expect(state.inspectorTab).toBe('rules');
  });

  it('Next and Previous walk the steps and stop at both ends', async () => {
    const lesson = myappLesson();
    const { store } = await started(lesson);
    store.getState().previousLessonStep();
    expect(store.getState().lessonStepIndex).toBe(0);
    store.getState().nextLessonStep();
    store.getState().nextLessonStep();
    expect(store.getState().lessonStepIndex).toBe(2);
    expect(store.getState().selectedHop?.index).toBe(1);
    store.getState().previousLessonStep();
    expect(store.getState().selectedHop?.index).toBe(0);
    const last = lesson.steps.en.length - 1;
    for (let i = 0; i < last + 3; i++) store.getState().nextLessonStep();
    expect(store.getState().lessonStepIndex).toBe(last);
  });

  it('the result step selects the pod that answered and no hop; the packet rests where it was delivered', async () => {
    const lesson = myappLesson();
    const { store } = await started(lesson);
    const last = lesson.steps.en.length - 1;
    store.getState().goToLessonStep(last);
    const state = store.getState();
    if (lesson.trace.outcome.type !== 'delivered') throw new Error(lesson.trace.outcome.type);
    expect(state.selectedHop).toBeNull();
    expect(state.selectedNodeId).toBe(`pod/default/${lesson.trace.outcome.podName}`);
    expect(state.lesson.status === 'ready' && state.lesson.stepHops[last]).toBe(lesson.trace.hops.findIndex((hop) => hop.kind === 'deliver'));
    expect(state.lesson.status === 'ready' && state.lesson.stepHops[0]).toBe(0);
  });

  it('the steps follow the UI language without asking the worker again', async () => {
    const { store, lessonQuestions } = await started();
    expect(selectLessonSteps(store.getState())[0]?.title).toBe(myapp?.title);
    store.getState().setLanguage('zh');
    expect(selectLessonSteps(store.getState())[0]?.title).toBe(myapp?.titleZh);
    expect(lessonQuestions()).toHaveLength(1);
  });

  it('a cluster without a Service says so instead of a lesson, and plays nothing', async () => {
    const { store } = await started({ type: 'no-service' });
    expect(store.getState().lesson).toEqual({ status: 'no-service' });
    expect(store.getState().packets).toEqual([]);
  });

  it('reports a failed question', async () => {
    const { store, lessonQuestions } = setup();
    const start = store.getState().startLesson();
    lessonQuestions()[0]?.resolve({ type: 'failed', requestId: 1, protocolVersion: PROTOCOL_VERSION, message: 'No cluster yet' });
    await start;
    expect(store.getState().lesson).toEqual({ status: 'failed', message: 'No cluster yet' });
  });

  it('Exit while the worker thinks drops the late answer', async () => {
    const { store, answer } = setup();
    const start = store.getState().startLesson();
    store.getState().exitLesson();
    answer(myappLesson());
    await start;
    expect(store.getState().lesson).toEqual({ status: 'off' });
    expect(store.getState().packets).toEqual([]);
  });

  it('clearing the run ends the lesson; editing the manifests marks it stale', async () => {
    const { store } = await started();
    store.getState().setText(`${store.getState().text}\n# edited`);
    expect(selectLessonIsStale(store.getState())).toBe(true);
    store.getState().clearRun();
    expect(store.getState().lesson).toEqual({ status: 'off' });
  });
});
