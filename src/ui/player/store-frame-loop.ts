import type { AppStore } from '../../store';
import { createFrameLoop, type FrameLoop, type FrameScheduler } from './frame-loop';

const loops = new WeakMap<AppStore, FrameLoop>();

/**
 * The frame loop of one app store: it runs continuously while the player plays, and paints once after any
 * other store change (a seek, a new run, a new graph). Shared by the packet overlay and the player's
 * timeline, so both move on the same frame.
 */
export function frameLoopFor(store: AppStore, scheduler?: FrameScheduler): FrameLoop {
  let loop = loops.get(store);
  if (!loop) {
    const created = createFrameLoop(scheduler);
    created.setContinuous(store.getState().playing);
    store.subscribe((state, previous) => {
      if (state.playing !== previous.playing) created.setContinuous(state.playing);
      created.invalidate();
    });
    loops.set(store, created);
    loop = created;
  }
  return loop;
}
