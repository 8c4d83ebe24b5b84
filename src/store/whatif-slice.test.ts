import { describe, expect, it } from 'vitest';
import type { Bridge, LoadInput, QueryOutcome } from '../bridge';
import { PROTOCOL_VERSION, type QueryKind, type QueryParams } from '../protocol';
import { createAppStore } from './create-app-store';

/** A bridge whose queries the test answers by hand, and which records the loads it is asked for. */
function fakeBridge() {
  const asked: { kind: QueryKind; params: unknown; resolve: (outcome: QueryOutcome<QueryKind>) => void }[] = [];
  const loads: LoadInput[] = [];
  const bridge: Bridge = {
    load: (input) => {
      loads.push(input);
      return new Promise(() => undefined);
    },
    query<K extends QueryKind>(kind: K, params: QueryParams<K>) {
      return new Promise<QueryOutcome<K>>((resolve) => asked.push({ kind, params, resolve: resolve as (o: QueryOutcome<QueryKind>) => void }));
    },
    mode: () => 'worker',
    dispose: () => undefined,
  };
  return { bridge, asked, loads };
}

const scale = { type: 'scale', kind: 'Deployment', namespace: 'default', name: 'myapp', replicas: 5 } as const;
const scaled = { type: 'scaled', kind: 'Deployment', name: 'myapp', fromReplicas: '3', toReplicas: 5 } as const;
const summary = 'Deployment myapp scaled from 3 to 5 replicas';

describe('what-ifs from the graph', () => {
  it('sends the editor text to the worker, puts the answer into the editor and reads it at once', async () => {
    const { bridge, asked, loads } = fakeBridge();
    const store = createAppStore(bridge, { storage: null });
    const before = store.getState().text;
    const done = store.getState().applyWhatIf(scale);
    expect(store.getState().whatIfNotice).toEqual({ tone: 'busy' });
    expect(asked[0]).toMatchObject({ kind: 'edit', params: { text: before, edit: scale } });
    asked[0]?.resolve({ type: 'answer', result: { text: 'replicas: 5', changed: true, summary, done: scaled, line: 11 } });
    await done;
    expect(store.getState().text).toBe('replicas: 5');
    expect(store.getState().externalEdit).toEqual({ text: 'replicas: 5', line: 11, revision: 1 });
    expect(loads.at(-1)?.text).toBe('replicas: 5');
    // What was done, as data: the UI words it in the reader's language.
    expect(store.getState().whatIfNotice).toEqual({ tone: 'ok', done: scaled, changed: true, line: 11 });
  });

  it('an edit the text already had says so and leaves the editor alone', async () => {
    const { bridge, asked } = fakeBridge();
    const store = createAppStore(bridge, { storage: null });
    const before = store.getState().text;
    const done = store.getState().applyWhatIf(scale);
    asked[0]?.resolve({ type: 'answer', result: { text: before, changed: false, summary, done: scaled } });
    await done;
    expect(store.getState().externalEdit).toBeNull();
    expect(store.getState().whatIfNotice).toEqual({ tone: 'ok', done: scaled, changed: false });
  });

  it('a refused edit leaves the text alone and says why', async () => {
    const { bridge, asked } = fakeBridge();
    const store = createAppStore(bridge, { storage: null });
    const before = store.getState().text;
    const done = store.getState().applyWhatIf(scale);
    asked[0]?.resolve({ type: 'failed', requestId: 1, protocolVersion: PROTOCOL_VERSION, message: 'Deployment default/myapp is not in the text' });
    await done;
    expect(store.getState().text).toBe(before);
    expect(store.getState().externalEdit).toBeNull();
    expect(store.getState().whatIfNotice).toEqual({ tone: 'error', refusal: { type: 'refused', message: 'Deployment default/myapp is not in the text' } });
  });

  it('does not overwrite what the user typed while the worker was editing', async () => {
    const { bridge, asked } = fakeBridge();
    const store = createAppStore(bridge, { storage: null });
    const done = store.getState().applyWhatIf(scale);
    store.getState().setText('typed meanwhile');
    asked[0]?.resolve({ type: 'answer', result: { text: 'replicas: 5', changed: true, summary, done: scaled } });
    await done;
    expect(store.getState().text).toBe('typed meanwhile');
    expect(store.getState().whatIfNotice).toEqual({ tone: 'error', refusal: { type: 'text-changed' } });
  });

  it('kube-proxy mode and the view are settings: they reload without touching the text', () => {
    const { bridge, loads } = fakeBridge();
    const store = createAppStore(bridge, { storage: null });
    const text = store.getState().text;
    store.getState().setProxyMode('ipvs');
    expect(loads.at(-1)?.settings.proxyMode).toBe('ipvs');
    store.getState().setStackExpanded('stack/node1/default/Deployment/myapp', true);
    store.getState().setNamespaceFilter(['shop']);
    expect(loads.at(-1)?.view).toMatchObject({ expandedStacks: ['stack/node1/default/Deployment/myapp'], namespaces: ['shop'] });
    store.getState().setStackExpanded('stack/node1/default/Deployment/myapp', false);
    expect(loads.at(-1)?.view.expandedStacks).toEqual([]);
    expect(store.getState().text).toBe(text);
  });
});
