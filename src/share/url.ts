import { encodePayload, SHARE_PARAM } from './codec';
import { MAX_LINK_JSON_BYTES, type Scenario } from './scenario';

/**
 * The longest share URL svcscope offers; past it the UI offers a scenario file instead.
 *
 * 8,000 is the figure HTTP itself promises: RFC 9110 (section 4.1) recommends that all senders and
 * recipients support URIs of at least 8,000 octets. Browsers go much further (Chromium accepts 2 MiB, and
 * the fragment is never sent to the server, so server and proxy limits do not bite when the link is
 * opened), but a link also travels through chat apps, e-mail, issue trackers and link previewers that copy,
 * wrap or store the whole string, and the RFC minimum is the length they can all be expected to keep
 * intact. Some places are stricter still: a Discord message holds 2,000 characters, so a link there must be
 * shorter; the UI shows the length so people can judge.
 */
export const MAX_SHARE_URL_LENGTH = 8000;

export type ShareUrlResult =
  | { readonly ok: true; readonly url: string; readonly length: number }
  /** The URL would be longer than MAX_SHARE_URL_LENGTH: offer the file. */
  | { readonly ok: false; readonly reason: 'too-long'; readonly length: number; readonly limit: number }
  /** The scenario is bigger than any link may expand to (MAX_LINK_JSON_BYTES), however well it compresses. */
  | { readonly ok: false; readonly reason: 'too-large'; readonly bytes: number; readonly limit: number };

/**
 * `baseUrl` is the page's address; any fragment it has is replaced. Throws UnshareableScenarioError for a
 * scenario that fails validation (a bug in the caller: the UI builds scenarios from its own state).
 */
export async function shareUrlFor(baseUrl: string, scenario: Scenario): Promise<ShareUrlResult> {
  const base = baseUrl.split('#')[0] ?? '';
  const bytes = new TextEncoder().encode(JSON.stringify(scenario)).byteLength;
  if (bytes > MAX_LINK_JSON_BYTES) return { ok: false, reason: 'too-large', bytes, limit: MAX_LINK_JSON_BYTES };
  const url = `${base}#${SHARE_PARAM}=${await encodePayload(scenario, MAX_LINK_JSON_BYTES)}`;
  if (url.length > MAX_SHARE_URL_LENGTH) return { ok: false, reason: 'too-long', length: url.length, limit: MAX_SHARE_URL_LENGTH };
  return { ok: true, url, length: url.length };
}
