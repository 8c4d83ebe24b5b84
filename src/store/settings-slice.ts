import type { StateCreator } from 'zustand/vanilla';
import type { AppState, SettingsSlice } from './app-state';

export interface SettingsSliceDeps {
  /** Settings change the cluster, so they reload at once (no typing pause to wait for). */
  readonly loadNow: () => void;
}

export function createSettingsSlice(deps: SettingsSliceDeps): StateCreator<AppState, [], [], SettingsSlice> {
  return (set) => ({
    clusterSettings: {},
    view: { showSystemObjects: false },
    setShowSystemObjects(show) {
      set((state) => ({ view: { ...state.view, showSystemObjects: show } }));
      deps.loadNow();
    },
    setWorkerCount(count) {
      set((state) => ({ clusterSettings: { ...state.clusterSettings, workerCount: count } }));
      deps.loadNow();
    },
  });
}
