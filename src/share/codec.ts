import { compressionAvailable, deflateRaw, fromBase64Url, inflateRaw, toBase64Url } from './bytes';
import { MAX_LINK_JSON_BYTES, refuse, type Scenario, type ScenarioResult } from './scenario';
import { validateScenario } from './validate';

/**
 * A scenario in a URL fragment: `#s=<base64url(deflate-raw(JSON))>`. The fragment never reaches a server
 * (nothing leaves the browser, as the README promises), and the JSON's `v` carries the version. Decoding
 * treats the fragment as hostile: every step can refuse, none can throw.
 */
export const SHARE_PARAM = 's';

/** The longest fragment worth decoding: Chromium refuses URLs past 2 MiB, so a longer one cannot be a real link. */
const MAX_FRAGMENT_CHARS = 2 * 1024 * 1024;

/** Thrown by encodeScenario for a scenario that svcscope itself would refuse to read back. */
export class UnshareableScenarioError extends Error {}

export async function encodeScenario(scenario: Scenario): Promise<string> {
  return `#${SHARE_PARAM}=${await encodePayload(scenario, MAX_LINK_JSON_BYTES)}`;
}

/** The base64url payload alone; `maxJsonBytes` lets a caller measure a scenario too big for a link. */
export async function encodePayload(scenario: Scenario, maxJsonBytes: number): Promise<string> {
  const checked = validateScenario(scenario, { maxManifestsChars: maxJsonBytes });
  if (!checked.ok) throw new UnshareableScenarioError(checked.reason);
  const json = new TextEncoder().encode(JSON.stringify(checked.scenario));
  if (json.byteLength > maxJsonBytes) throw new UnshareableScenarioError(`the scenario is ${json.byteLength} bytes; a link holds at most ${maxJsonBytes}`);
  return toBase64Url(await deflateRaw(json));
}

/** Accepts `#s=…`, `s=…`, or a whole URL; other fragment parameters (`&x=…`) are ignored. */
export async function decodeScenario(fragment: string): Promise<ScenarioResult> {
  if (typeof fragment !== 'string') return refuse('no-scenario', 'there is no scenario in this link');
  if (fragment.length > MAX_FRAGMENT_CHARS) return refuse('too-large', 'the link is longer than any browser accepts');
  const payload = payloadOf(fragment);
  if (payload === undefined) return refuse('no-scenario', 'there is no scenario in this link');
  if (!compressionAvailable()) return refuse('unsupported', 'this browser cannot decompress shared links (it lacks DecompressionStream)');
  const compressed = fromBase64Url(payload);
  if (!compressed || compressed.byteLength === 0)
    return refuse('bad-encoding', 'the link is damaged: its scenario is not valid base64url (was it cut off or changed when copied?)');
  const inflated = await inflateRaw(compressed, MAX_LINK_JSON_BYTES);
  if (inflated.type === 'too-large') return refuse('too-large', `the link's scenario expands past ${MAX_LINK_JSON_BYTES / 1024 / 1024} MiB and is refused`);
  if (inflated.type === 'corrupt') return refuse('corrupt', 'the link is damaged: its scenario does not decompress (was it cut off when copied?)');
  return parseScenarioJson(inflated.bytes, MAX_LINK_JSON_BYTES);
}

/** UTF-8 bytes → JSON → a validated Scenario. Shared by links and files. */
export function parseScenarioJson(bytes: Uint8Array, maxManifestsChars: number): ScenarioResult {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse('not-json', 'the scenario is not valid JSON text');
  }
  return validateScenario(value, { maxManifestsChars });
}

function payloadOf(fragment: string): string | undefined {
  const hash = fragment.indexOf('#');
  const text = hash >= 0 ? fragment.slice(hash + 1) : fragment;
  for (const part of text.split('&')) {
    if (part.startsWith(`${SHARE_PARAM}=`)) return part.slice(SHARE_PARAM.length + 1);
  }
  return undefined;
}
