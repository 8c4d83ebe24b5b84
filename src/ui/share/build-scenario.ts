import type { ClusterSettings } from '../../core';
import { exampleIdOfManifests } from '../../examples';
import { SCENARIO_VERSION, type Scenario, type ScenarioRequest, type ScenarioView } from '../../share';
import { DEFAULT_SEED } from '../../store';
import type { ViewCentre } from './view-centre';

/** What the app holds that a scenario carries, gathered by the share dialogs. */
export interface ScenarioInputs {
  readonly text: string;
  readonly clusterSettings: Partial<ClusterSettings>;
  /** The seed the core last used (defaults included), when the user never chose one. */
  readonly effectiveSeed: number | undefined;
  readonly request: ScenarioRequest | undefined;
  readonly showSystemObjects: boolean;
  readonly centre: ViewCentre | undefined;
  readonly selected: string | null;
}

/**
 * The scenario to share. The seed is the cluster's: with the same manifests it gives the same pod names and
 * addresses, and the same random choices for the first request after loading (so the recipient's first
 * Send replays the sharer's first trace). Settings are the ones the user changed; the rest stay defaults.
 */
export function buildScenario(inputs: ScenarioInputs): Scenario {
  const { seed, ...chosen } = inputs.clusterSettings;
  const settings = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined)) as Partial<ClusterSettings>;
  const view: { -readonly [K in keyof ScenarioView]: ScenarioView[K] } = {};
  if (inputs.showSystemObjects) view.showSystemObjects = true;
  if (inputs.centre) Object.assign(view, inputs.centre);
  if (inputs.selected) view.selected = inputs.selected;
  const exampleId = exampleIdOfManifests(inputs.text, inputs.clusterSettings) ?? undefined;
  return {
    v: SCENARIO_VERSION,
    manifests: inputs.text,
    settings,
    ...(inputs.request ? { request: { source: inputs.request.source, target: inputs.request.target } } : {}),
    seed: seed ?? inputs.effectiveSeed ?? DEFAULT_SEED,
    ...(Object.keys(view).length > 0 ? { view } : {}),
    ...(exampleId ? { exampleId } : {}),
  };
}

/** Attribute values in HTML: the five characters that could end an attribute or start markup. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface IframeOptions {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

/** The embed code. Every value is escaped: the title may hold a Service name someone else chose. */
export function iframeSnippet({ src, width, height, title }: IframeOptions): string {
  const size = (n: number): number => (Number.isFinite(n) ? Math.max(1, Math.round(n)) : 1);
  return `<iframe src="${escapeAttribute(src)}" width="${size(width)}" height="${size(height)}" loading="lazy" title="${escapeAttribute(title)}" style="border:0"></iframe>`;
}
