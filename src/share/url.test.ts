import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples';
import { decodeScenario } from './codec';
import { MAX_LINK_JSON_BYTES } from './scenario';
import { scenarioOf } from './test-fixtures';
import { MAX_SHARE_URL_LENGTH, shareUrlFor } from './url';

const BASE = 'https://svcscope.example/app/';

/** Text that deflate cannot shrink: a seeded sequence of letters, so a few KiB stay a few KiB. */
function incompressible(chars: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < chars; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += String.fromCharCode(97 + ((x >>> 16) % 26));
  }
  return out;
}

describe('shareUrlFor', () => {
  it('gives a URL that opens the same scenario, and reports its length', async () => {
    const scenario = scenarioOf('kind: Service\n', { exampleId: 'myapp-clusterip' });
    const result = await shareUrlFor(`${BASE}?example=old#s=stale`, scenario);
    if (!result.ok) throw new Error(result.reason);
    expect(result.url.startsWith(`${BASE}?example=old#s=`)).toBe(true);
    expect(result.length).toBe(result.url.length);
    expect(await decodeScenario(result.url)).toEqual({ ok: true, scenario });
  });

  it('fits every built-in example, with its suggested request, in a link', async () => {
    for (const example of EXAMPLES) {
      const result = await shareUrlFor(BASE, scenarioOf(example.manifests, { exampleId: example.id, settings: example.settings ?? {} }));
      expect(result.ok, example.id).toBe(true);
    }
  });

  it('says too-long, with the length, when the URL would pass the limit, so the UI can offer a file', async () => {
    const result = await shareUrlFor(BASE, scenarioOf(incompressible(20_000)));
    expect(result).toMatchObject({ ok: false, reason: 'too-long', limit: MAX_SHARE_URL_LENGTH });
    expect(result.ok ? 0 : 'length' in result ? result.length : 0).toBeGreaterThan(MAX_SHARE_URL_LENGTH);
  });

  it('says too-large for a scenario past the link cap even when it would compress into a short URL', async () => {
    const result = await shareUrlFor(BASE, scenarioOf(' '.repeat(MAX_LINK_JSON_BYTES)));
    expect(result).toMatchObject({ ok: false, reason: 'too-large', limit: MAX_LINK_JSON_BYTES });
  });

  it('reports lengths just under and over the limit exactly', async () => {
    // Grows incompressible text until the URL passes the limit: the last fitting URL is accepted, the next refused.
    let chars = 5000;
    let last = await shareUrlFor(BASE, scenarioOf(incompressible(chars)));
    while (last.ok) {
      chars += 50;
      last = await shareUrlFor(BASE, scenarioOf(incompressible(chars)));
    }
    expect(last).toMatchObject({ ok: false, reason: 'too-long' });
    const before = await shareUrlFor(BASE, scenarioOf(incompressible(chars - 50)));
    expect(before.ok && before.length <= MAX_SHARE_URL_LENGTH).toBe(true);
  });
});
