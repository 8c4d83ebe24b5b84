/**
 * Share links and scenario files: a scenario (manifests, settings, request, seed, view) to a URL fragment
 * or a JSON file and back, with everything read back treated as untrusted input.
 */
export type { Scenario, ScenarioLang, ScenarioRequest, ScenarioResult, ScenarioView, ShareRefusalCode } from './scenario';
export { MAX_FILE_BYTES, MAX_LINK_JSON_BYTES, SCENARIO_VERSION } from './scenario';
export { decodeScenario, encodeScenario, SHARE_PARAM, UnshareableScenarioError } from './codec';
export { MAX_SHARE_URL_LENGTH, shareUrlFor, type ShareUrlResult } from './url';
export { readScenarioFile, SCENARIO_FILE_FORMAT, SCENARIO_FILE_TYPE, scenarioFileFor, scenarioFileName } from './file';
export { validateScenario } from './validate';
