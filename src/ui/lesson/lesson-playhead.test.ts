import { describe, expect, it } from 'vitest';
import { cachedRunPlan, hopIndexAt } from '../canvas/packets/run-plan';
import { showLessonStep } from './lesson-playhead';
import { storeWithLesson } from './test-lesson';

describe('the lesson and the player agree', () => {
  it('every step leaves the packet paused at the hop the step narrates', async () => {
    const store = await storeWithLesson();
    const lesson = store.getState().lesson;
    if (lesson.status !== 'ready') throw new Error(lesson.status);
    expect(store.getState().playing).toBe(true);
    // Backwards too: Previous must move the clock back, not leave it where Next had it.
    const order = [...lesson.steps.en.keys(), ...[...lesson.steps.en.keys()].reverse()];
    for (const index of order) {
      showLessonStep(store, index);
      const state = store.getState();
      const planned = cachedRunPlan(state.packets, state.graph).byId.get(lesson.traceId);
      if (!planned) throw new Error('the lesson packet is not in the run');
      expect(state.playing).toBe(false);
      expect(state.focusedTraceId).toBe(lesson.traceId);
      expect(hopIndexAt(planned, state.playhead.timeMs), `step ${index}`).toBe(lesson.stepHops[index]);
      const hop = lesson.steps.en[index]?.lookAt.hopIndex;
      if (hop !== undefined) expect(state.selectedHop?.index).toBe(hop);
    }
  });
});
