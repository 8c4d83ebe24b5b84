import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Bridge, BridgeTimers } from '../bridge';
import { DEFAULT_EXAMPLE_ID, EXAMPLES } from '../examples';
import type { AppState } from './app-state';
import { createClusterSlice } from './cluster-slice';
import { createEditorSlice } from './editor-slice';
import { connectSelection, createSelectionSlice } from './selection-slice';
import { createSettingsSlice } from './settings-slice';
import { createTrafficSlice } from './traffic-slice';
import { createSearchSlice } from './search-slice';
import { createShareSlice } from './share-slice';
import { createWhatIfSlice } from './whatif-slice';
import { createPreferencesSlice } from './preferences-slice';
import { connectLesson, createLessonSlice } from './lesson-slice';
import type { Language } from '../i18n/languages';
import { browserStorage, createTextStorage, type KeyValueStorage } from './text-storage';

/** Long enough that a word typed at speed is one load, short enough to feel live. */
export const LOAD_DEBOUNCE_MS = 250;

export interface AppStoreOptions {
  readonly storage?: KeyValueStorage | null;
  readonly timers?: BridgeTimers;
  readonly debounceMs?: number;
  /** Wall clock for the packet player (performance.now by default). */
  readonly now?: () => number;
  /** navigator.languages by default; decides the UI language when none was saved. */
  readonly browserLanguages?: readonly string[];
  /** `?lang=` from the address, when it names a language we have. */
  readonly requestedLanguage?: Language | null;
}

export type AppStore = StoreApi<AppState>;

export function defaultText(): string {
  return (EXAMPLES.find((example) => example.id === DEFAULT_EXAMPLE_ID) ?? EXAMPLES[0])?.manifests ?? '';
}

const realTimers: BridgeTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * The one store. The bridge is injected so tests drive the store with a fake worker, and the text comes
 * back from storage so a reload (or a crash) never loses what the user typed. Call `loadNow()` once to start.
 */
export function createAppStore(bridge: Bridge, options: AppStoreOptions = {}): AppStore {
  const timers = options.timers ?? realTimers;
  const debounceMs = options.debounceMs ?? LOAD_DEBOUNCE_MS;
  const keyValues = options.storage === undefined ? browserStorage() : options.storage;
  const storage = createTextStorage(keyValues);
  let pendingLoad: unknown;

  const cancelScheduledLoad = (): void => {
    if (pendingLoad !== undefined) timers.clearTimeout(pendingLoad);
    pendingLoad = undefined;
  };
  // Called only after the store below exists.
  const loadNow = (): void => store.getState().loadNow();
  const scheduleLoad = (): void => {
    cancelScheduledLoad();
    pendingLoad = timers.setTimeout(loadNow, debounceMs);
  };

  const store: AppStore = createStore<AppState>()((...args) => ({
    ...createEditorSlice({ storage, initialText: storage.load() ?? defaultText(), scheduleLoad, loadNow })(...args),
    ...createClusterSlice({ bridge, cancelScheduledLoad })(...args),
    ...createSettingsSlice({ loadNow })(...args),
    ...createTrafficSlice({ bridge, now: options.now ?? (() => globalThis.performance.now()) })(...args),
    ...createSelectionSlice({ bridge })(...args),
    ...createWhatIfSlice({ bridge })(...args),
    ...createSearchSlice()(...args),
    ...createShareSlice()(...args),
    ...createPreferencesSlice({
      storage: keyValues,
      browserLanguages: options.browserLanguages ?? globalThis.navigator?.languages ?? [],
      requestedLanguage: options.requestedLanguage ?? null,
    })(...args),
    ...createLessonSlice({ bridge, hasScheduledLoad: () => pendingLoad !== undefined })(...args),
  }));
  connectSelection(store);
  connectLesson(store);
  return store;
}
