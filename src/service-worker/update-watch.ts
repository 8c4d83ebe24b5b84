/**
 * Noticing a new build. A new sw.js installs beside the running one and waits (see sw.ts: no automatic
 * skipWaiting), so a reload alone would keep showing the old build for as long as any tab of it is open.
 * The page offers the update instead; applying it is the user's choice (a click on "Reload").
 * Structural types, so the rule is testable without a browser.
 */
export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface RegistrationLike {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}

/** What the page sends the waiting worker to make it take over now. */
export const SKIP_WAITING = { type: 'skip-waiting' } as const;

export function isSkipWaiting(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING.type;
}

/**
 * Calls `offer` with a worker that is installed and waiting to replace the one controlling this page: one
 * already waiting when the page opens, or one that finishes installing later. The first install (no
 * controller yet) is not an update and is not offered.
 */
export function watchForUpdate(registration: RegistrationLike, hasController: () => boolean, offer: (worker: WorkerLike) => void): void {
  if (registration.waiting && hasController()) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    if (!installing) return;
    installing.addEventListener('statechange', () => {
      if (installing.state === 'installed' && hasController()) offer(installing);
    });
  });
}
