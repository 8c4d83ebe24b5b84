/** The browser's frame clock, injectable so tests step frames by hand. */
export interface FrameScheduler {
  request(callback: (nowMs: number) => void): number;
  cancel(handle: number): void;
}

export type FrameListener = (nowMs: number) => void;

/**
 * The one requestAnimationFrame loop of the app. Everything that moves per frame (packets, the timeline's
 * thumb) is a listener here, so there is a single rAF however many things move. It runs every frame while
 * `continuous` (playing); otherwise it paints one frame per `invalidate()` (pan, zoom, a seek), and sleeps.
 */
export interface FrameLoop {
  add(listener: FrameListener): () => void;
  invalidate(): void;
  setContinuous(continuous: boolean): void;
}

export const browserScheduler: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export function createFrameLoop(scheduler: FrameScheduler = browserScheduler): FrameLoop {
  const listeners = new Set<FrameListener>();
  let continuous = false;
  let pending: number | null = null;

  const frame = (nowMs: number): void => {
    pending = null;
    for (const listener of listeners) listener(nowMs);
    if (continuous && listeners.size > 0) schedule();
  };
  const schedule = (): void => {
    if (pending === null) pending = scheduler.request(frame);
  };

  return {
    add(listener) {
      listeners.add(listener);
      schedule();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && pending !== null) {
          scheduler.cancel(pending);
          pending = null;
        }
      };
    },
    invalidate() {
      if (listeners.size > 0) schedule();
    },
    setContinuous(next) {
      continuous = next;
      if (next) schedule();
    },
  };
}
