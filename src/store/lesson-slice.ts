import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { Bridge } from '../bridge';
import type { LessonRequest, LessonStep, Trace } from '../core';
import { exampleIdOfManifests } from '../examples';
import type { AppState } from './app-state';
import { sourceIdOf } from './share-slice';

/** A lesson's steps, the same steps worded in each UI language (both come in one answer). */
export interface LessonSteps {
  readonly en: readonly LessonStep[];
  readonly zh: readonly LessonStep[];
}

export type Lesson =
  | { readonly status: 'off' }
  | { readonly status: 'loading' }
  /** The cluster has no Service a request could be sent to. */
  | { readonly status: 'no-service' }
  | { readonly status: 'failed'; readonly message: string }
  | {
      readonly status: 'ready';
      /** The played request the lesson walks (its id in the run). */
      readonly traceId: number;
      readonly exampleId: string | null;
      readonly request: LessonRequest;
      /** The same trace the canvas plays (the run holds this object). */
      readonly trace: Trace;
      readonly steps: LessonSteps;
      /** For each step, the hop the packet rests at while the step is shown. */
      readonly stepHops: readonly number[];
      /** The manifests the lesson was made from: an edit since makes its narration about another cluster. */
      readonly text: string;
    };

export interface LessonSlice {
  readonly lesson: Lesson;
  readonly lessonStepIndex: number;
  /** Asks the worker for a lesson on the current cluster and plays its request from the start. */
  startLesson(): Promise<void>;
  /** Shows a step: pauses the packet at its hop, selects the hop (its rule in the inspector) and the node. */
  goToLessonStep(index: number): void;
  nextLessonStep(): void;
  previousLessonStep(): void;
  exitLesson(): void;
}

/**
 * Where the packet rests for each step: a hop step at its hop; the introduction at the first hop; the result
 * where the outcome was decided (the delivery, else the last hop).
 */
export function lessonStepHops(steps: readonly LessonStep[], trace: Trace): number[] {
  const delivery = trace.hops.findIndex((hop) => hop.kind === 'deliver' && hop.reply !== true);
  const settled = delivery >= 0 ? delivery : Math.max(0, trace.hops.length - 1);
  return steps.map((step, index) => step.lookAt.hopIndex ?? (index === 0 ? 0 : settled));
}

export interface LessonSliceDeps {
  readonly bridge: Bridge;
  /** True while an edit waits out the typing pause: its cluster is not in the worker yet. */
  readonly hasScheduledLoad: () => boolean;
}

export function createLessonSlice(deps: LessonSliceDeps): StateCreator<AppState, [], [], LessonSlice> {
  // Only the newest start is answered: a second click, or Exit, makes an older answer stale.
  let latestStart = 0;
  return (set, get) => ({
    lesson: { status: 'off' },
    lessonStepIndex: 0,
    async startLesson() {
      const started = ++latestStart;
      // A lesson right after an edit must teach the edited cluster: read it now. The worker handles messages in
      // order, so the lesson query below is answered from this load's cluster.
      if (deps.hasScheduledLoad()) get().loadNow();
      const { text, effectiveSettings, clusterSettings } = get();
      const seed = effectiveSettings?.seed;
      set({ lesson: { status: 'loading' }, lessonStepIndex: 0 });
      const outcome = await deps.bridge.query('lesson', {
        exampleId: exampleIdOfManifests(text, { ...effectiveSettings, ...clusterSettings }),
        ...(seed !== undefined ? { seed } : {}),
      });
      if (started !== latestStart) return;
      if (outcome.type === 'failed') return set({ lesson: { status: 'failed', message: outcome.message } });
      const answer = outcome.result;
      if (answer.type === 'no-service') return set({ lesson: { status: 'no-service' } });
      // A lesson is one request on a clean canvas: the request panel shows it, and its trace is the played one.
      get().clearRun();
      set({ requestSource: sourceIdOf(answer.request.source), requestTarget: answer.request.target });
      const traceId = get().playTrace(answer.trace);
      set({
        lesson: {
          status: 'ready',
          traceId,
          exampleId: answer.exampleId,
          request: answer.request,
          trace: answer.trace,
          steps: answer.steps,
          stepHops: lessonStepHops(answer.steps.en, answer.trace),
          text,
        },
        lessonStepIndex: 0,
      });
    },
    goToLessonStep(index) {
      const { lesson } = get();
      if (lesson.status !== 'ready') return;
      const at = Math.min(Math.max(0, index), lesson.steps.en.length - 1);
      const step = lesson.steps.en[at];
      set({ lessonStepIndex: at });
      get().pause();
      if (!step) return;
      const { hopIndex, nodeId } = step.lookAt;
      // A hop with a rule opens its node's rule table with that rule marked (connectSelection); the rest
      // select the node the step is about.
      if (hopIndex !== undefined) get().selectHop(lesson.traceId, hopIndex);
      else {
        get().focusTrace(lesson.traceId);
        get().clearSelectedHop();
      }
      const ruleNode = get().selectedHop?.rule?.node;
      const showingRule = ruleNode !== undefined && get().selectedNodeId === `node/${ruleNode}` && get().inspectorTab === 'rules';
      if (nodeId !== undefined && !showingRule) get().select(nodeId);
    },
    nextLessonStep() {
      get().goToLessonStep(get().lessonStepIndex + 1);
    },
    previousLessonStep() {
      get().goToLessonStep(get().lessonStepIndex - 1);
    },
    exitLesson() {
      latestStart += 1;
      set({ lesson: { status: 'off' }, lessonStepIndex: 0 });
    },
  });
}

/** A lesson whose request left the run (Clear, a new stream, another scenario) has nothing left to point at. */
export function connectLesson(store: StoreApi<AppState>): void {
  store.subscribe((state, previous) => {
    const { lesson } = state;
    if (lesson.status !== 'ready' || state.packets === previous.packets) return;
    if (!state.packets.some((packet) => packet.id === lesson.traceId)) state.exitLesson();
  });
}
