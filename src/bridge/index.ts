export { createBridge, DEFAULT_TIMEOUT_MS } from './bridge';
export { createBrowserWorker, loadInProcessHandler } from './browser-worker';
export type * from './types';
