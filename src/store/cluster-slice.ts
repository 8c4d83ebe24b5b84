import type { StateCreator } from 'zustand/vanilla';
import type { Bridge } from '../bridge';
import type { AppState, ClusterSlice } from './app-state';
import { INITIAL_CLUSTER_STATE, applyLoadOutcome } from './cluster-state';

export interface ClusterSliceDeps {
  readonly bridge: Bridge;
  /** Drops a load still waiting for the typing pause: this one already carries the newest text. */
  readonly cancelScheduledLoad: () => void;
}

export function createClusterSlice(deps: ClusterSliceDeps): StateCreator<AppState, [], [], ClusterSlice> {
  const { bridge } = deps;
  return (set, get) => ({
    ...INITIAL_CLUSTER_STATE,
    loadNow() {
      deps.cancelScheduledLoad();
      const { text, clusterSettings, view } = get();
      set({ status: 'parsing' });
      void bridge.load({ text, settings: clusterSettings, view }).then((outcome) => {
        set((state) => applyLoadOutcome(state, outcome));
      });
    },
  });
}
