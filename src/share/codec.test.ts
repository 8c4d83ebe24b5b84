import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../examples';
import { decodeScenario, encodeScenario, UnshareableScenarioError } from './codec';
import { MAX_LINK_JSON_BYTES, type Scenario } from './scenario';
import { linkAround, scenarioOf, withField } from './test-fixtures';

const full: Scenario = scenarioOf('apiVersion: v1\nkind: Service\nmetadata: {name: myapp}\n', {
  settings: { proxyMode: 'ipvs', ipvsScheduler: 'wrr', workerCount: 4, kubeVersion: '1.31', nodePortRange: { base: 30000, size: 2768 }, masqueradeAll: true },
  request: { source: { type: 'pod', namespace: 'default', name: 'busybox' }, target: 'http://myapp:38080/' },
  seed: 4_294_967_295,
  view: { showSystemObjects: true, zoom: 1.25, x: -120.5, y: 33, selected: 'service/default/myapp' },
  exampleId: 'myapp-clusterip',
  lang: 'zh',
});

async function roundTrip(scenario: Scenario): Promise<Scenario> {
  const decoded = await decodeScenario(await encodeScenario(scenario));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.scenario;
}

describe('a shared scenario round-trips', () => {
  it('with every field set', async () => {
    const fragment = await encodeScenario(full);
    expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(await roundTrip(full)).toEqual(full);
  });

  it('with Chinese comments, emoji and every line ending kept byte for byte', async () => {
    const manifests = '# 学习 Kubernetes 流量管理之 Service 🚦\r\napiVersion: v1\nkind: Service\nmetadata:\n  name: 服务\n\ttab\n';
    expect((await roundTrip(scenarioOf(manifests, { lang: 'zh' }))).manifests).toBe(manifests);
  });

  it.each(EXAMPLES.map((example) => [example.id, example] as const))('for the example %s, with its settings and suggested request', async (_id, example) => {
    const scenario = scenarioOf(example.manifests, {
      settings: example.settings ?? {},
      seed: example.settings?.seed ?? 1,
      exampleId: example.id,
      ...(example.suggestedRequest ? { request: example.suggestedRequest } : {}),
    });
    expect(await roundTrip(scenario)).toEqual(scenario);
  });

  it('whether it is given a fragment, a bare parameter or a whole URL with other fragment parameters', async () => {
    const fragment = await encodeScenario(full);
    for (const link of [fragment, fragment.slice(1), `https://example.org/svcscope/?example=x${fragment}&t=3`]) {
      expect(await decodeScenario(link)).toEqual({ ok: true, scenario: full });
    }
  });
});

describe('markup in a link is only text', () => {
  const markup = [
    '<script>globalThis.__svcscopePwned = true</script>',
    '</script><img src=x onerror="globalThis.__svcscopePwned = true">',
    '"; globalThis.__svcscopePwned = true; "',
    '${globalThis.__svcscopePwned = true}',
    'javascript:globalThis.__svcscopePwned=true',
  ];

  it.each(markup)('%s comes back verbatim in every text field and nothing runs', async (text) => {
    const scenario = scenarioOf(`# ${text}\nkind: Service\n`, { request: { source: { type: 'node', name: 'node1' }, target: text }, view: { selected: text } });
    const back = await roundTrip(scenario);
    expect(back.manifests).toBe(scenario.manifests);
    expect(back.request?.target).toBe(text);
    expect(back.view?.selected).toBe(text);
    expect(Reflect.get(globalThis, '__svcscopePwned')).toBeUndefined();
  });
});

describe('a hostile or damaged link is refused with a reason, never thrown', () => {
  it('without a scenario parameter', async () => {
    for (const link of ['', '#', '#x=1', 'https://example.org/', '#s']) expect(await decodeScenario(link)).toMatchObject({ ok: false, code: 'no-scenario' });
  });

  it('when the text is not base64url or was cut to an impossible length', async () => {
    const fragment = await encodeScenario(full);
    for (const link of ['#s=', '#s=<script>alert(1)</script>', `${fragment}!`, '#s=abc%20def', fragment.slice(0, 3 + 5)]) {
      expect(await decodeScenario(link)).toMatchObject({ ok: false, code: 'bad-encoding', reason: expect.stringContaining('damaged') });
    }
  });

  it('when the link was cut short or characters in it changed', async () => {
    const fragment = await encodeScenario(scenarioOf('kind: Service\n'.repeat(50)));
    const cut = fragment.slice(0, fragment.length - 8);
    expect(await decodeScenario(cut)).toMatchObject({ ok: false });
    const flipped = `${fragment.slice(0, 12)}${fragment[12] === 'A' ? 'B' : 'A'}${fragment.slice(13)}`;
    const result = await decodeScenario(flipped);
    // A flipped bit may still inflate; then the JSON or its fields no longer pass. Either way: refused.
    expect(result.ok).toBe(false);
    expect(['corrupt', 'not-json', 'invalid', 'not-a-scenario', 'wrong-version', 'bad-encoding']).toContain(result.ok ? '' : result.code);
  });

  it('when it expands past the cap (a decompression bomb)', async () => {
    const bomb = await linkAround(JSON.stringify(scenarioOf(' '.repeat(MAX_LINK_JSON_BYTES + 10))));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decodeScenario(bomb)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('when the link is longer than any browser accepts', async () => {
    expect(await decodeScenario(`#s=${'A'.repeat(3 * 1024 * 1024)}`)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('when it inflates to something that is not UTF-8 JSON', async () => {
    for (const json of ['not json', '{"v":1,', '\uFFFE\u0000'])
      expect(await decodeScenario(await linkAround(json))).toMatchObject({ ok: false, code: 'not-json' });
  });

  it('when the JSON is not a scenario object', async () => {
    for (const json of ['null', '42', '"text"', '[1,2]', '{}', '{"manifests":"x"}'])
      expect(await decodeScenario(await linkAround(json))).toMatchObject({ ok: false, code: 'not-a-scenario' });
  });

  it('when it was made by another version', async () => {
    expect(await decodeScenario(await linkAround(withField(full, 'v', 2)))).toEqual({
      ok: false,
      code: 'wrong-version',
      reason: 'this scenario is version 2; this svcscope reads version 1',
    });
    expect(await decodeScenario(await linkAround(withField(full, 'v', '1')))).toMatchObject({ ok: false, code: 'wrong-version' });
  });

  it('when a field has the wrong type, is too long, or is unknown', async () => {
    const cases: readonly (readonly [string, unknown, string])[] = [
      ['manifests', 42, 'manifests must be a string'],
      ['manifests', null, 'manifests must be a string'],
      ['seed', -1, 'seed must be a whole number'],
      ['seed', 1.5, 'seed must be a whole number'],
      ['settings', [], 'settings must be an object'],
      ['request', { source: { type: 'pod', name: 'x' }, target: 'y' }, 'request.source.namespace must be a string'],
      ['request', { source: { type: 'satellite' }, target: 'y' }, 'request.source.type must be one of pod, node, external'],
      ['request', { source: { type: 'node', name: 'node1' }, target: 'x'.repeat(5000) }, 'request.target is 5,000 characters long'],
      ['view', { zoom: 1e9 }, 'view.zoom must be a number from 0.01 to 100'],
      ['exampleId', '../../etc', 'exampleId must be an example id'],
      ['lang', 'fr', 'lang must be one of en, zh'],
      ['extra', true, 'unknown field "extra"'],
    ];
    for (const [field, value, reason] of cases) {
      expect(await decodeScenario(await linkAround(withField(full, field, value)))).toMatchObject({
        ok: false,
        code: 'invalid',
        reason: expect.stringContaining(reason),
      });
    }
  });

  it('when any object in it carries a prototype key, and the prototype stays clean', async () => {
    const json = JSON.stringify(full);
    const poisoned = [
      json.replace('{"v":1', '{"__proto__":{"polluted":true},"v":1'),
      json.replace('"settings":{', '"settings":{"__proto__":{"polluted":true},'),
      json.replace('"view":{', '"view":{"constructor":{"prototype":{"polluted":true}},'),
      json.replace('"source":{', '"source":{"__proto__":{"polluted":true},'),
    ];
    for (const text of poisoned) {
      expect(text).not.toBe(json);
      expect(await decodeScenario(await linkAround(text))).toMatchObject({
        ok: false,
        code: 'invalid',
        reason: expect.stringContaining('prototype pollution'),
      });
    }
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });
});

describe('encoding refuses what decoding would refuse', () => {
  it('throws for a scenario with a bad field instead of making a link that cannot be opened', async () => {
    const bad = { ...full, seed: -3 } as Scenario;
    await expect(encodeScenario(bad)).rejects.toBeInstanceOf(UnshareableScenarioError);
    await expect(encodeScenario(scenarioOf('x'.repeat(MAX_LINK_JSON_BYTES + 1)))).rejects.toBeInstanceOf(UnshareableScenarioError);
  });
});
