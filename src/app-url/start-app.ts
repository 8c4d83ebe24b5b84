import { decodeScenario } from '../share';
import type { AppStore } from '../store';
import { addressAfterStartup, type AppUrl } from './app-url';
import { planStartup } from './startup';

export interface StartEnvironment {
  readonly href: string;
  readonly hash: string;
  /** history.replaceState, so tests can watch what the address becomes. */
  readonly replaceAddress: (href: string) => void;
}

/**
 * Opens what the address asks for and starts the first load. The fragment is decoded before anything is
 * loaded, so a shared link never flashes the saved text first. In the full app the address then forgets
 * the example and the scenario (see addressAfterStartup); an embed keeps its address, which is its content.
 */
export async function startApp(store: AppStore, url: AppUrl, env: StartEnvironment): Promise<void> {
  const decoded = url.hasScenario ? await decodeScenario(env.hash) : null;
  const plan = planStartup(url, decoded);
  const state = store.getState();
  switch (plan.type) {
    case 'scenario':
      state.applyScenario(plan.scenario, { applyView: !url.embed });
      break;
    case 'example':
      state.openExample(plan.example);
      break;
    case 'stored':
      state.loadNow();
      break;
  }
  if (plan.type !== 'scenario' && plan.notice) state.showShareNotice(plan.notice);
  if (!url.embed && (url.hasScenario || url.exampleId !== null)) env.replaceAddress(addressAfterStartup(env.href));
}
