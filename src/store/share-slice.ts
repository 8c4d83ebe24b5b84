import type { StateCreator } from 'zustand/vanilla';
import type { TraceSource } from '../core';
import type { Example } from '../examples';
import { SCENARIO_VERSION, type Scenario, type ScenarioRequest, type ScenarioView, type ShareRefusalCode } from '../share';
import type { AppState } from './app-state';

/** Why something asked for was not opened; the UI words it (and never renders the reason as HTML). */
export type ShareNotice =
  | { readonly type: 'unknown-example'; readonly id: string }
  | { readonly type: 'refused-link'; readonly code: ShareRefusalCode; readonly reason: string }
  | { readonly type: 'refused-file'; readonly code: ShareRefusalCode; readonly reason: string; readonly fileName: string };

/** Where the canvas should look: the flow-space point at the centre of the canvas, and the zoom. */
export interface PendingView {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  /** The graph on screen when the view was asked for: the view belongs to the next one. */
  readonly afterRevision: number;
}

export interface ShareSlice {
  readonly shareNotice: ShareNotice | null;
  /** Set by a scenario that carried a view; the canvas applies it once the scenario's graph is drawn. */
  readonly pendingView: PendingView | null;
  /** The request the opened scenario came with: an embed keeps offering it after the reader picks another. */
  readonly scenarioRequest: ScenarioRequest | null;
  /**
   * Opens a scenario (a shared link, a file, an example): its settings and seed, its request in the request
   * panel, its manifests in the editor (one undoable edit) and, unless `applyView` is false (an embed fits
   * its own frame), its selected node and view.
   */
  applyScenario(scenario: Scenario, options?: { readonly applyView?: boolean }): void;
  /** An example is a scenario without a view: manifests, settings and its suggested request. */
  openExample(example: Example): void;
  showShareNotice(notice: ShareNotice | null): void;
  /** The canvas took the pending view (or gave up on it). */
  clearPendingView(): void;
}

/**
 * The core's default seed (DEFAULT_SETTINGS.seed), written out: the main thread does not load the core.
 * Generated pod names and the simulation's random choices follow from it.
 */
export const DEFAULT_SEED = 1;

const CLIENT_SOURCE_ID = 'client/external';

/** A trace source as the request panel's graph id (`pod/NS/NAME`, `node/NAME`, `client/external`). */
export function sourceIdOf(source: TraceSource): string {
  switch (source.type) {
    case 'pod':
      return `pod/${source.namespace}/${source.name}`;
    case 'node':
      return `node/${source.name}`;
    case 'external':
      return CLIENT_SOURCE_ID;
  }
}

export function scenarioOfExample(example: Example): Scenario {
  const { seed, ...settings } = example.settings ?? {};
  return {
    v: SCENARIO_VERSION,
    manifests: example.manifests,
    settings,
    request: example.suggestedRequest,
    seed: seed ?? DEFAULT_SEED,
    exampleId: example.id,
  };
}

export function pendingViewOf(view: ScenarioView | undefined, afterRevision: number): PendingView | null {
  if (view?.x === undefined || view.y === undefined || view.zoom === undefined) return null;
  return { x: view.x, y: view.y, zoom: view.zoom, afterRevision };
}

export function createShareSlice(): StateCreator<AppState, [], [], ShareSlice> {
  return (set, get) => ({
    shareNotice: null,
    pendingView: null,
    scenarioRequest: null,
    applyScenario(scenario, options = {}) {
      const applyView = options.applyView !== false;
      // Settings are replaced, not merged: the scenario is the whole picture, and its seed names the pods.
      set({
        clusterSettings: { ...scenario.settings, seed: scenario.seed },
        view: { showSystemObjects: scenario.view?.showSystemObjects ?? false },
        requestSource: scenario.request ? sourceIdOf(scenario.request.source) : '',
        requestTarget: scenario.request?.target ?? '',
        pendingView: applyView ? pendingViewOf(scenario.view, get().graphRevision) : null,
        scenarioRequest: scenario.request ?? null,
        shareNotice: null,
      });
      // Packets of the previous cluster would walk a graph that is gone.
      get().clearRun();
      // The text last: replacing it loads the cluster, with the settings above.
      get().replaceText(scenario.manifests);
      const selected = applyView ? scenario.view?.selected : undefined;
      if (selected !== undefined && selected !== '') get().select(selected);
      else if (get().selectedNodeId !== null) get().closeInspector();
    },
    openExample(example) {
      get().applyScenario(scenarioOfExample(example), { applyView: false });
    },
    showShareNotice: (notice) => set({ shareNotice: notice }),
    clearPendingView: () => set({ pendingView: null }),
  });
}
