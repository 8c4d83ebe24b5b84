import { describe, expect, it } from 'vitest';
import { createFrameLoop, type FrameScheduler } from './frame-loop';

class ManualFrames implements FrameScheduler {
  private next = 1;
  readonly waiting = new Map<number, (now: number) => void>();
  request(callback: (now: number) => void): number {
    const handle = this.next++;
    this.waiting.set(handle, callback);
    return handle;
  }
  cancel(handle: number): void {
    this.waiting.delete(handle);
  }
  /** Runs the frame the browser would run next. */
  tick(now: number): void {
    const callbacks = [...this.waiting.values()];
    this.waiting.clear();
    for (const callback of callbacks) callback(now);
  }
}

describe('frame loop', () => {
  it('there is never more than one frame requested, however many listeners and invalidations', () => {
    const frames = new ManualFrames();
    const loop = createFrameLoop(frames);
    loop.add(() => undefined);
    loop.add(() => undefined);
    loop.invalidate();
    loop.invalidate();
    expect(frames.waiting.size).toBe(1);
  });

  it('paints every frame while continuous, and sleeps after one frame when not', () => {
    const frames = new ManualFrames();
    const loop = createFrameLoop(frames);
    const seen: number[] = [];
    loop.add((now) => seen.push(now));
    loop.setContinuous(true);
    frames.tick(16);
    frames.tick(32);
    loop.setContinuous(false);
    frames.tick(48);
    frames.tick(64);
    expect(seen).toEqual([16, 32, 48]);
    loop.invalidate();
    frames.tick(80);
    expect(seen).toEqual([16, 32, 48, 80]);
  });

  it('every listener sees the same frame time', () => {
    const frames = new ManualFrames();
    const loop = createFrameLoop(frames);
    const a: number[] = [];
    const b: number[] = [];
    loop.add((now) => a.push(now));
    loop.add((now) => b.push(now));
    frames.tick(100);
    expect(a).toEqual([100]);
    expect(b).toEqual([100]);
  });

  it('the last listener leaving cancels the pending frame', () => {
    const frames = new ManualFrames();
    const loop = createFrameLoop(frames);
    const remove = loop.add(() => undefined);
    loop.setContinuous(true);
    remove();
    expect(frames.waiting.size).toBe(0);
  });
});
