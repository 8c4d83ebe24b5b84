import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples';
import { validateScenario } from '../../share';
import { exampleIdOfManifests } from '../../examples';
import { buildScenario, escapeAttribute, iframeSnippet, type ScenarioInputs } from './build-scenario';

const base: ScenarioInputs = {
  text: 'kind: Service',
  clusterSettings: {},
  effectiveSeed: undefined,
  request: undefined,
  showSystemObjects: false,
  centre: undefined,
  selected: null,
};

describe('the scenario a share carries', () => {
  it('carries the text, the settings the user chose and the seed apart from them', () => {
    const scenario = buildScenario({ ...base, clusterSettings: { proxyMode: 'ipvs', seed: 77 } });
    expect(scenario).toEqual({ v: 1, manifests: 'kind: Service', settings: { proxyMode: 'ipvs' }, seed: 77 });
  });

  it("takes the core's seed when the user never chose one, else the default", () => {
    expect(buildScenario({ ...base, effectiveSeed: 5 }).seed).toBe(5);
    expect(buildScenario(base).seed).toBe(1);
  });

  it('carries the request, the view and the selected node', () => {
    const scenario = buildScenario({
      ...base,
      request: { source: { type: 'node', name: 'node1' }, target: '10.96.3.215:38080' },
      showSystemObjects: true,
      centre: { x: 10, y: 20, zoom: 0.5 },
      selected: 'service/default/myapp',
    });
    expect(scenario.request).toEqual({ source: { type: 'node', name: 'node1' }, target: '10.96.3.215:38080' });
    expect(scenario.view).toEqual({ showSystemObjects: true, x: 10, y: 20, zoom: 0.5, selected: 'service/default/myapp' });
  });

  it('names the example while the text is still that example', () => {
    const first = EXAMPLES[0];
    if (!first) throw new Error('no examples');
    expect(buildScenario({ ...base, text: first.manifests }).exampleId).toBe(first.id);
    expect(exampleIdOfManifests(`${first.manifests}# edited\n`)).toBeNull();
  });

  it('is a scenario the share codec accepts', () => {
    const scenario = buildScenario({ ...base, clusterSettings: { workerCount: 2 }, centre: { x: -3, y: 4, zoom: 1.25 } });
    expect(validateScenario(scenario, { maxManifestsChars: 1000 }).ok).toBe(true);
  });
});

describe('the embed code', () => {
  it('is an iframe with the size, lazy loading and a title', () => {
    expect(iframeSnippet({ src: 'https://x.test/?embed=1#s=abc', width: 720, height: 480, title: 'svcscope: myapp' })).toBe(
      '<iframe src="https://x.test/?embed=1#s=abc" width="720" height="480" loading="lazy" title="svcscope: myapp" style="border:0"></iframe>',
    );
  });

  it('escapes what could break out of an attribute', () => {
    const snippet = iframeSnippet({ src: 'https://x.test/?embed=1&autoplay=1#s=a', width: 10.4, height: Number.NaN, title: '"><script>alert(1)</script>' });
    expect(snippet).toContain('src="https://x.test/?embed=1&amp;autoplay=1#s=a"');
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet).toContain('width="10" height="1"');
    expect(snippet).not.toContain('<script>');
  });

  it('escapes ampersands first, so an entity is not escaped twice into another', () => {
    expect(escapeAttribute('&lt;')).toBe('&amp;lt;');
  });
});
