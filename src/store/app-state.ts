import type { ClusterSettings, GraphNodeKind, ProxyMode } from '../core';
import type { ViewOptions } from '../protocol';
import type { ClusterState } from './cluster-state';
import type { SelectionSlice } from './selection-slice';
import type { TrafficSlice } from './traffic-slice';
import type { SearchSlice } from './search-slice';
import type { ShareSlice } from './share-slice';
import type { WhatIfSlice } from './whatif-slice';
import type { PreferencesSlice } from './preferences-slice';
import type { LessonSlice } from './lesson-slice';

export interface EditorSlice {
  readonly text: string;
  /** False when the browser refused to keep the text (quota, private mode). */
  readonly textSaved: boolean;
  /** Called on every edit: saves at once, loads after a short pause in typing. */
  setText(text: string): void;
  /**
   * A change made outside the editor (a what-if from the graph) that the editor must show: the editor applies
   * it as one undoable edit and scrolls to `line`. `revision` tells two equal edits apart.
   */
  readonly externalEdit: { readonly text: string; readonly line?: number; readonly revision: number } | null;
  /** Puts text into the editor from outside it (see externalEdit) and reads it at once. */
  replaceText(text: string, line?: number): void;
}

export interface ClusterSlice extends ClusterState {
  /** Load the current text now, skipping the typing pause. */
  loadNow(): void;
}

export interface SettingsSlice {
  readonly clusterSettings: Partial<ClusterSettings>;
  readonly view: ViewOptions;
  setShowSystemObjects(show: boolean): void;
  setWorkerCount(count: number): void;
  /** kube-proxy's mode is a cluster setting, not YAML: it reloads with the new data path. */
  setProxyMode(mode: ProxyMode): void;
  setNamespaceFilter(namespaces: readonly string[]): void;
  setHiddenKinds(kinds: readonly GraphNodeKind[]): void;
  setLabelSelector(selector: string): void;
  /** Opens (draws pod by pod) or closes a pod stack. */
  setStackExpanded(stackId: string, expanded: boolean): void;
  /** Draws a folded namespace object by object, or folds it again. */
  setNamespaceExpanded(namespace: string, expanded: boolean): void;
  /** Closes every opened stack and namespace. */
  foldEverything(): void;
}

export type AppState = EditorSlice &
  ClusterSlice &
  SettingsSlice &
  TrafficSlice &
  SelectionSlice &
  WhatIfSlice &
  SearchSlice &
  ShareSlice &
  PreferencesSlice &
  LessonSlice;
