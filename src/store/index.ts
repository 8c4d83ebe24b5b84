export type { AppState } from './app-state';
export type { ClusterState, LoadStatus } from './cluster-state';
export { applyLoadOutcome, isUnreadableTextCode } from './cluster-state';
export { createAppStore, defaultText, LOAD_DEBOUNCE_MS, type AppStore, type AppStoreOptions } from './create-app-store';
export * from './selectors';
export { browserStorage, TEXT_STORAGE_KEY, type KeyValueStorage } from './text-storage';
export type { RequestStatus, TrafficSlice } from './traffic-slice';
export { EMPTY_TALLY, SPEEDS, playheadTimeMs, tallyRun, type PlayedTrace, type Playhead, type RunTally, type SelectedHop } from './traffic-state';
export { LANGUAGE_STORAGE_KEY, THEME_STORAGE_KEY, THEMES, type PreferencesSlice, type Theme } from './preferences-slice';
