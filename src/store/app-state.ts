import type { ClusterSettings } from '../core';
import type { ViewOptions } from '../protocol';
import type { ClusterState } from './cluster-state';

export interface EditorSlice {
  readonly text: string;
  /** False when the browser refused to keep the text (quota, private mode). */
  readonly textSaved: boolean;
  /** Called on every edit: saves at once, loads after a short pause in typing. */
  setText(text: string): void;
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
}

export type AppState = EditorSlice & ClusterSlice & SettingsSlice;
