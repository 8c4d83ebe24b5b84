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
    setProxyMode(mode) {
      set((state) => ({ clusterSettings: { ...state.clusterSettings, proxyMode: mode } }));
      deps.loadNow();
    },
    setNamespaceFilter(namespaces) {
      set((state) => ({ view: { ...state.view, namespaces: [...namespaces] } }));
      deps.loadNow();
    },
    setHiddenKinds(kinds) {
      set((state) => ({ view: { ...state.view, hiddenKinds: [...kinds] } }));
      deps.loadNow();
    },
    setLabelSelector(selector) {
      set((state) => ({ view: { ...state.view, labelSelector: selector } }));
      deps.loadNow();
    },
    setNamespaceExpanded(namespace, expanded) {
      set((state) => {
        const open = new Set(state.view.expandedNamespaces ?? []);
        if (expanded) open.add(namespace);
        else open.delete(namespace);
        return { view: { ...state.view, expandedNamespaces: [...open] } };
      });
      deps.loadNow();
    },
    foldEverything() {
      set((state) => ({ view: { ...state.view, expandedStacks: [], expandedNamespaces: [] } }));
      deps.loadNow();
    },
    setStackExpanded(stackId, expanded) {
      set((state) => {
        const open = new Set(state.view.expandedStacks ?? []);
        if (expanded) open.add(stackId);
        else open.delete(stackId);
        return { view: { ...state.view, expandedStacks: [...open] } };
      });
      deps.loadNow();
    },
  });
}
