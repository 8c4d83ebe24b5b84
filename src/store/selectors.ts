import type { Diagnostic } from '../core';
import type { AppState } from './app-state';
import { isUnreadableTextCode } from './cluster-state';

/** Named selectors: components subscribe to exactly what they draw. */
export const selectText = (state: AppState): string => state.text;
export const selectTextSaved = (state: AppState): boolean => state.textSaved;
export const selectSetText = (state: AppState): AppState['setText'] => state.setText;
export const selectGraph = (state: AppState): AppState['graph'] => state.graph;
export const selectPositions = (state: AppState): AppState['positions'] => state.positions;
export const selectGraphRevision = (state: AppState): number => state.graphRevision;
export const selectDiagnostics = (state: AppState): readonly Diagnostic[] => state.diagnostics;
export const selectStatus = (state: AppState): AppState['status'] => state.status;
export const selectShowSystemObjects = (state: AppState): boolean => state.view.showSystemObjects;
export const selectSetShowSystemObjects = (state: AppState): AppState['setShowSystemObjects'] => state.setShowSystemObjects;
/** The user's choice, else what the core used; undefined until the first answer (the main thread does not load the core). */
export const selectWorkerCount = (state: AppState): number | undefined =>
  state.clusterSettings.workerCount ?? state.effectiveSettings?.workerCount;
export const selectSetWorkerCount = (state: AppState): AppState['setWorkerCount'] => state.setWorkerCount;
export const selectGraphIsStale = (state: AppState): boolean => state.graphIsStale;

/** The first error that kept the newest text from being read, for the banner over the graph. */
export const selectBlockingDiagnostic = (state: AppState): Diagnostic | undefined =>
  state.diagnostics.find((d) => isUnreadableTextCode(d.code));
