import { addressAfterStartup } from '../../app-url/app-url';
import { scenarioFileFor, scenarioFileName, SCENARIO_FILE_TYPE, shareUrlFor, UnshareableScenarioError, type Scenario, type ShareUrlResult } from '../../share';
import { downloadBlob } from '../export/download';

export type ShareLinkState = { readonly type: 'making' } | { readonly type: 'done'; readonly result: ShareUrlResult } | { readonly type: 'failed'; readonly reason: string };

/** The share URL for this page: its address without an example or an old fragment, and the scenario's. */
export async function makeShareLink(href: string, scenario: Scenario): Promise<ShareLinkState> {
  try {
    return { type: 'done', result: await shareUrlFor(addressAfterStartup(href), scenario) };
  } catch (error) {
    if (error instanceof UnshareableScenarioError) return { type: 'failed', reason: error.message };
    throw error;
  }
}

export function downloadScenarioFile(scenario: Scenario): void {
  downloadBlob(new Blob([scenarioFileFor(scenario)], { type: SCENARIO_FILE_TYPE }), scenarioFileName(scenario));
}
