import { SKIP_WAITING, watchForUpdate, type WorkerLike } from './update-watch';

/** A new build is installed and waiting: calling it makes it take over and reloads the page. */
export type ApplyUpdate = () => void;

let pending: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

/** For the page's "new version" notice (useSyncExternalStore). */
export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pendingUpdate(): ApplyUpdate | null {
  return pending;
}

function offer(worker: WorkerLike): void {
  pending = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    worker.postMessage(SKIP_WAITING);
  };
  for (const listener of listeners) listener();
}

/**
 * Registers dist/sw.js, which makes the built site work offline after the first visit. Production builds
 * only: the dev server has no sw.js, and a cache in front of it would hide edits. Relative to the page
 * (`document.baseURI`), so a copy under a sub-path registers its own worker for its own folder. When a newer
 * build has installed, pendingUpdate() offers it (see update-watch.ts).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = (): void => {
    // The app works the same without it (an insecure origin, a private window, storage refused): no error.
    navigator.serviceWorker
      .register(new URL('./sw.js', document.baseURI), { scope: './' })
      .then((registration) => watchForUpdate(registration, () => navigator.serviceWorker.controller !== null, offer))
      .catch(() => undefined);
  };
  // After the page's own loading: precaching fetches every file again and should not compete with it.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
