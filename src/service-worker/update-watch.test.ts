import { describe, expect, it } from 'vitest';
import { SKIP_WAITING, isSkipWaiting, watchForUpdate, type RegistrationLike, type WorkerLike } from './update-watch';

class FakeWorker implements WorkerLike {
  state = 'installing';
  readonly sent: unknown[] = [];
  private readonly listeners: (() => void)[] = [];
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  addEventListener(_type: 'statechange', listener: () => void): void {
    this.listeners.push(listener);
  }
  become(state: string): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

class FakeRegistration implements RegistrationLike {
  waiting: WorkerLike | null = null;
  installing: WorkerLike | null = null;
  private readonly listeners: (() => void)[] = [];
  addEventListener(_type: 'updatefound', listener: () => void): void {
    this.listeners.push(listener);
  }
  found(worker: FakeWorker): void {
    this.installing = worker;
    for (const listener of this.listeners) listener();
  }
}

describe('noticing a new build', () => {
  it('offers a worker already waiting when the page opens', () => {
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    registration.waiting = waiting;
    const offered: WorkerLike[] = [];
    watchForUpdate(
      registration,
      () => true,
      (worker) => offered.push(worker),
    );
    expect(offered).toEqual([waiting]);
  });

  it('offers a new build once it has installed, not while it installs', () => {
    const registration = new FakeRegistration();
    const offered: WorkerLike[] = [];
    watchForUpdate(
      registration,
      () => true,
      (worker) => offered.push(worker),
    );
    const next = new FakeWorker();
    registration.found(next);
    expect(offered).toEqual([]);
    next.become('installed');
    expect(offered).toEqual([next]);
  });

  it('does not offer the first install: with no controller yet there is nothing to update', () => {
    const registration = new FakeRegistration();
    const offered: WorkerLike[] = [];
    watchForUpdate(
      registration,
      () => false,
      (worker) => offered.push(worker),
    );
    const first = new FakeWorker();
    registration.found(first);
    first.become('installed');
    expect(offered).toEqual([]);
  });

  it('recognises only its own skip-waiting message', () => {
    expect(isSkipWaiting(SKIP_WAITING)).toBe(true);
    expect(isSkipWaiting({ type: 'other' })).toBe(false);
    expect(isSkipWaiting('skip-waiting')).toBe(false);
    expect(isSkipWaiting(null)).toBe(false);
  });
});
