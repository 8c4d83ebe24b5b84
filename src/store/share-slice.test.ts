import { describe, expect, it } from 'vitest';
import type { Bridge, LoadInput, QueryOutcome } from '../bridge';
import { findExample } from '../examples';
import type { QueryKind, QueryParams } from '../protocol';
import type { Scenario } from '../share';
import { createAppStore } from './create-app-store';
import { DEFAULT_SEED, pendingViewOf, scenarioOfExample, sourceIdOf } from './share-slice';

/** A bridge that records loads and queries and never answers: these tests look at what the store asks. */
function recordingBridge() {
  const loads: LoadInput[] = [];
  const queries: { kind: QueryKind; params: unknown }[] = [];
  const bridge: Bridge = {
    load: (input) => {
      loads.push(input);
      return new Promise(() => undefined);
    },
    query<K extends QueryKind>(kind: K, params: QueryParams<K>) {
      queries.push({ kind, params });
      return new Promise<QueryOutcome<K>>(() => undefined);
    },
    mode: () => 'worker',
    dispose: () => undefined,
  };
  return { bridge, loads, queries };
}

const shared: Scenario = {
  v: 1,
  manifests: 'kind: Service\nmetadata:\n  name: web\n',
  settings: { proxyMode: 'ipvs', workerCount: 2 },
  request: { source: { type: 'pod', namespace: 'default', name: 'client' }, target: 'web:80' },
  seed: 42,
  view: { zoom: 0.8, x: 120, y: -40, selected: 'service/default/web', showSystemObjects: true },
};

describe('opening a scenario', () => {
  it('loads its manifests once, with its settings and seed', () => {
    const { bridge, loads } = recordingBridge();
    const store = createAppStore(bridge, { storage: null });
    store.getState().setWorkerCount(5);
    loads.length = 0;
    store.getState().applyScenario(shared);
    expect(loads).toHaveLength(1);
    expect(loads[0]?.text).toBe(shared.manifests);
    // Replaced, not merged: the 5 workers chosen before do not leak into the shared picture.
    expect(loads[0]?.settings).toEqual({ proxyMode: 'ipvs', workerCount: 2, seed: 42 });
    expect(loads[0]?.view).toEqual({ showSystemObjects: true });
  });

  it('preselects its request and shows its text in the editor as an edit', () => {
    const { bridge } = recordingBridge();
    const store = createAppStore(bridge, { storage: null });
    store.getState().applyScenario(shared);
    const state = store.getState();
    expect(state.requestSource).toBe('pod/default/client');
    expect(state.requestTarget).toBe('web:80');
    expect(state.externalEdit?.text).toBe(shared.manifests);
    expect(state.scenarioRequest).toEqual(shared.request);
  });

  it('selects its node and keeps its view for the canvas', () => {
    const { bridge, queries } = recordingBridge();
    const store = createAppStore(bridge, { storage: null });
    store.getState().applyScenario(shared);
    expect(store.getState().selectedNodeId).toBe('service/default/web');
    expect(store.getState().pendingView).toEqual({ x: 120, y: -40, zoom: 0.8, afterRevision: 0 });
    // The inspector asks about the new text, not the one it replaced.
    expect(queries.find((q) => q.kind === 'inspect')?.params).toMatchObject({ text: shared.manifests });
  });

  it('without applyView (an embed) leaves the view and the selection alone', () => {
    const { bridge } = recordingBridge();
    const store = createAppStore(bridge, { storage: null });
    store.getState().applyScenario(shared, { applyView: false });
    expect(store.getState().selectedNodeId).toBeNull();
    expect(store.getState().pendingView).toBeNull();
  });

  it('clears the run and an earlier notice', () => {
    const { bridge } = recordingBridge();
    const store = createAppStore(bridge, { storage: null });
    store.getState().showShareNotice({ type: 'unknown-example', id: 'nope' });
    store.setState({ focusedTraceId: 3, playing: true });
    store.getState().applyScenario(shared);
    expect(store.getState().shareNotice).toBeNull();
    expect(store.getState().focusedTraceId).toBeNull();
    expect(store.getState().playing).toBe(false);
  });
});

describe('opening an example', () => {
  it('applies its settings and preselects its suggested request', () => {
    const { bridge, loads } = recordingBridge();
    const store = createAppStore(bridge, { storage: null });
    const ipvs = findExample('kube-proxy-ipvs');
    if (!ipvs) throw new Error('example missing');
    store.getState().openExample(ipvs);
    expect(loads.at(-1)?.settings).toEqual({ proxyMode: 'ipvs', seed: DEFAULT_SEED });
    expect(loads.at(-1)?.text).toBe(ipvs.manifests);
    expect(store.getState().requestTarget).toBe(ipvs.suggestedRequest.target);
    expect(store.getState().requestSource).toBe(sourceIdOf(ipvs.suggestedRequest.source));
  });

  it('an example is a scenario named by its id, with its seed taken out of the settings', () => {
    const example = findExample('myapp-clusterip');
    if (!example) throw new Error('example missing');
    const scenario = scenarioOfExample({ ...example, settings: { seed: 9, proxyMode: 'nftables' } });
    expect(scenario).toMatchObject({ v: 1, seed: 9, settings: { proxyMode: 'nftables' }, exampleId: 'myapp-clusterip' });
    expect('seed' in scenario.settings).toBe(false);
  });
});

describe('helpers', () => {
  it('names trace sources the way the request panel does', () => {
    expect(sourceIdOf({ type: 'pod', namespace: 'kube-public', name: 'p' })).toBe('pod/kube-public/p');
    expect(sourceIdOf({ type: 'node', name: 'node1' })).toBe('node/node1');
    expect(sourceIdOf({ type: 'external', ip: '198.51.100.7' })).toBe('client/external');
  });

  it('a view needs its centre and zoom to be applied', () => {
    expect(pendingViewOf({ zoom: 1, x: 0, y: 0 }, 4)).toEqual({ x: 0, y: 0, zoom: 1, afterRevision: 4 });
    expect(pendingViewOf({ selected: 'service/default/web' }, 4)).toBeNull();
    expect(pendingViewOf(undefined, 4)).toBeNull();
  });
});
