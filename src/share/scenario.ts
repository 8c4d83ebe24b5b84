import type { ClusterSettings, TraceSource } from '../core';

/**
 * Everything a shared link or a scenario file carries: the manifests text (the editor is the source of
 * truth), the cluster settings the author changed, the request to replay with its seed (same seed, same
 * trace: a link replays the same way every time), and where the canvas looked.
 */
export interface Scenario {
  readonly v: typeof SCENARIO_VERSION;
  readonly manifests: string;
  readonly settings: Partial<ClusterSettings>;
  readonly request?: ScenarioRequest;
  readonly seed: number;
  readonly view?: ScenarioView;
  readonly exampleId?: string;
  readonly lang?: ScenarioLang;
}

export interface ScenarioRequest {
  readonly source: TraceSource;
  readonly target: string;
}

export interface ScenarioView {
  readonly showSystemObjects?: boolean;
  readonly zoom?: number;
  readonly x?: number;
  readonly y?: number;
  /** A graph node id (`pod/default/myapp-…`, `service/default/myapp`). */
  readonly selected?: string;
}

export type ScenarioLang = 'en' | 'zh';

/** Bumped when a field changes meaning; a link of another version is refused with a clear reason. */
export const SCENARIO_VERSION = 1;

/**
 * A link is untrusted input that the browser decompresses: without a cap, a few kilobytes of deflate can
 * expand to gigabytes (a zip bomb). 2 MiB of JSON is far more than any link that fits in a URL needs.
 */
export const MAX_LINK_JSON_BYTES = 2 * 1024 * 1024;

/**
 * A scenario file has no URL limit, so it may carry as much text as the editor accepts (the core's
 * MAX_INPUT_BYTES, 16 MiB), plus room for the JSON around it. Written out rather than imported: a value
 * import of the core would pull it into the page bundle, where it does not run (a test keeps them in step).
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024 + 64 * 1024;

/** Why a link or a file was refused: a code for the UI (to translate), and an English sentence. */
export type ShareRefusalCode =
  'no-scenario' | 'unsupported' | 'bad-encoding' | 'too-large' | 'corrupt' | 'not-json' | 'not-a-scenario' | 'wrong-version' | 'invalid';

export type ScenarioResult =
  { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly code: ShareRefusalCode; readonly reason: string };

export function refuse(code: ShareRefusalCode, reason: string): ScenarioResult {
  return { ok: false, code, reason };
}
