import { DEFAULT_EXAMPLE_ID, findExample, type Example } from '../examples';
import type { Scenario, ScenarioResult } from '../share';
import type { ShareNotice } from '../store';
import type { AppUrl } from './app-url';

/** Why the page did not open what its address asked for; the UI words it. */
export type StartupNotice = Extract<ShareNotice, { readonly type: 'unknown-example' | 'refused-link' }>;

/** What the app opens with. `stored`: the text saved in this browser (or the default example the first time). */
export type StartupPlan =
  | { readonly type: 'scenario'; readonly scenario: Scenario }
  | { readonly type: 'example'; readonly example: Example; readonly notice?: StartupNotice }
  | { readonly type: 'stored'; readonly notice?: StartupNotice };

/**
 * Decides what to open. A scenario in the fragment wins over `?example=` (it is the more specific ask);
 * a refused link or an unknown example says so. The full app then falls back to the user's own saved
 * text (a broken link must not cost them their work), an embed to the default example (an embedded
 * player never shows what someone typed in their own svcscope).
 */
export function planStartup(url: AppUrl, decoded: ScenarioResult | null): StartupPlan {
  const fallback = (notice?: StartupNotice): StartupPlan => {
    const example = findExample(DEFAULT_EXAMPLE_ID);
    if (url.embed && example) return { type: 'example', example, ...(notice ? { notice } : {}) };
    return { type: 'stored', ...(notice ? { notice } : {}) };
  };
  if (url.hasScenario && decoded) {
    if (decoded.ok) return { type: 'scenario', scenario: decoded.scenario };
    return fallback({ type: 'refused-link', code: decoded.code, reason: decoded.reason });
  }
  if (url.exampleId !== null) {
    const example = findExample(url.exampleId);
    if (example) return { type: 'example', example };
    const fallbackExample = findExample(DEFAULT_EXAMPLE_ID);
    // An unknown id opens the default example, as a reader following a stale link expects a picture.
    const notice: StartupNotice = { type: 'unknown-example', id: url.exampleId };
    return fallbackExample ? { type: 'example', example: fallbackExample, notice } : { type: 'stored', notice };
  }
  return fallback();
}
