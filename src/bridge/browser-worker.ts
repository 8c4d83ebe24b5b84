import type { InProcessHandler, WorkerPort } from './types';

/**
 * The real Web Worker, as a module worker so it can import the core. Returns null where Worker does not
 * exist (old embedded browsers, some test runners); the bridge then runs the same code in-process.
 */
export function createBrowserWorker(): WorkerPort | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module', name: 'svcscope-core' });
  return {
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
    listen(onMessage, onError) {
      worker.onmessage = (event: MessageEvent<unknown>) => onMessage(event.data);
      worker.onerror = (event: ErrorEvent) => {
        // Handled here: without preventDefault the browser also reports it as an uncaught page error.
        event.preventDefault();
        onError(event.message || 'the worker crashed');
      };
      worker.onmessageerror = () => onError('a worker message could not be read');
    },
  };
}

/** A separate chunk: only fetched when the worker cannot run. */
export async function loadInProcessHandler(): Promise<InProcessHandler> {
  const { handleMessage } = await import('../worker/handle-message');
  return (request) => handleMessage(request);
}
