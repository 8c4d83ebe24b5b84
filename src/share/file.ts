import { UnshareableScenarioError } from './codec';
import { MAX_FILE_BYTES, refuse, type Scenario, type ScenarioResult } from './scenario';
import { validateScenario } from './validate';

/**
 * A scenario as a file, for scenarios too long for a link: readable JSON in an envelope that names the
 * format, so opening some other JSON file gives a clear "not an svcscope scenario" instead of field errors.
 * Read back with the same validation as a link.
 */
export const SCENARIO_FILE_FORMAT = 'svcscope-scenario';
export const SCENARIO_FILE_TYPE = 'application/json';

export function scenarioFileFor(scenario: Scenario): string {
  const checked = validateScenario(scenario, { maxManifestsChars: MAX_FILE_BYTES });
  if (!checked.ok) throw new UnshareableScenarioError(checked.reason);
  return `${JSON.stringify({ format: SCENARIO_FILE_FORMAT, scenario: checked.scenario }, null, 2)}\n`;
}

/** A download name: the example's id when the scenario started from one. */
export function scenarioFileName(scenario: Pick<Scenario, 'exampleId'>): string {
  return `svcscope-${scenario.exampleId ?? 'scenario'}.json`;
}

export function readScenarioFile(text: string): ScenarioResult {
  if (typeof text !== 'string') return refuse('not-a-scenario', 'this is not an svcscope scenario file');
  const tooLarge = refuse('too-large', `the file is larger than ${Math.floor(MAX_FILE_BYTES / 1024 / 1024)} MiB`);
  // UTF-8 never takes fewer bytes than UTF-16 code units: the length alone refuses most oversized files cheaply.
  if (text.length > MAX_FILE_BYTES) return tooLarge;
  if (new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES) return tooLarge;
  let envelope: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse does not accept.
    envelope = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return refuse('not-json', 'the file is not valid JSON');
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope) || !Object.hasOwn(envelope, 'format')) {
    return refuse('not-a-scenario', 'this is not an svcscope scenario file');
  }
  const { format, scenario } = envelope as { format: unknown; scenario?: unknown };
  if (format !== SCENARIO_FILE_FORMAT) return refuse('not-a-scenario', 'this is not an svcscope scenario file');
  if (Object.keys(envelope).some((key) => key !== 'format' && key !== 'scenario'))
    return refuse('invalid', 'the file has fields other than format and scenario');
  return validateScenario(scenario, { maxManifestsChars: MAX_FILE_BYTES });
}
