import type { AppState, AppStore } from '../../store';
import { cachedRunPlan, hopTimeMs } from '../canvas/packets/run-plan';

/**
 * The playback time at which the lesson's packet reaches the hop of the shown step. Only the canvas knows
 * it: the player paces hops by what they do and where they are drawn, not by the core's simulated time.
 */
export function lessonHopTimeMs(state: AppState): number | undefined {
  const { lesson, lessonStepIndex } = state;
  if (lesson.status !== 'ready') return undefined;
  const hop = lesson.stepHops[lessonStepIndex];
  const planned = cachedRunPlan(state.packets, state.graph).byId.get(lesson.traceId);
  return planned && hop !== undefined ? hopTimeMs(planned, hop) : undefined;
}

/**
 * Shows a step: the store pauses, selects the hop (its rule in the inspector) and the node; then the clock
 * goes to that hop, so the packet on the canvas rests where the narration is.
 */
export function showLessonStep(store: AppStore, index: number): void {
  store.getState().goToLessonStep(index);
  const timeMs = lessonHopTimeMs(store.getState());
  if (timeMs !== undefined) store.getState().seek(timeMs);
}
