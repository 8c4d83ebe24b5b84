import { describe, expect, it } from 'vitest';
import type { Bridge, LoadInput, QueryOutcome } from '../bridge';
import { DEFAULT_EXAMPLE_ID, findExample } from '../examples';
import type { QueryKind, QueryParams } from '../protocol';
import { encodeScenario, type Scenario } from '../share';
import { createAppStore } from '../store';
import { readAppUrl } from './app-url';
import { startApp } from './start-app';

function recordingBridge() {
  const loads: LoadInput[] = [];
  const bridge: Bridge = {
    load: (input) => {
      loads.push(input);
      return new Promise(() => undefined);
    },
    query<K extends QueryKind>(_kind: K, _params: QueryParams<K>) {
      return new Promise<QueryOutcome<K>>(() => undefined);
    },
    mode: () => 'worker',
    dispose: () => undefined,
  };
  return { bridge, loads };
}

async function start(href: string) {
  const { bridge, loads } = recordingBridge();
  const store = createAppStore(bridge, { storage: null });
  const addresses: string[] = [];
  const url = readAppUrl(href);
  await startApp(store, url, { href, hash: new URL(href).hash, replaceAddress: (next) => addresses.push(next) });
  return { store, loads, addresses };
}

const scenario: Scenario = {
  v: 1,
  manifests: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: "<script>alert(1)</script>"\n',
  settings: { proxyMode: 'nftables' },
  request: { source: { type: 'external' }, target: '198.51.100.10:80' },
  seed: 11,
};

describe('starting the app from its address', () => {
  it('a shared link loads its scenario once, and the address forgets it', async () => {
    const { store, loads, addresses } = await start(`https://x.test/${await encodeScenario(scenario)}`);
    expect(loads).toHaveLength(1);
    expect(loads[0]?.text).toBe(scenario.manifests);
    expect(loads[0]?.settings).toEqual({ proxyMode: 'nftables', seed: 11 });
    expect(store.getState().requestTarget).toBe('198.51.100.10:80');
    expect(addresses).toEqual(['https://x.test/']);
  });

  it('?example= opens that example with its settings and suggested request', async () => {
    const { store, loads } = await start('https://x.test/?example=kube-proxy-ipvs');
    const example = findExample('kube-proxy-ipvs');
    expect(loads[0]?.text).toBe(example?.manifests);
    expect(loads[0]?.settings.proxyMode).toBe('ipvs');
    expect(store.getState().requestTarget).toBe(example?.suggestedRequest.target);
    expect(store.getState().shareNotice).toBeNull();
  });

  it('an unknown example opens the default one and says so', async () => {
    const { store, loads } = await start('https://x.test/?example=no-such-thing');
    expect(loads[0]?.text).toBe(findExample(DEFAULT_EXAMPLE_ID)?.manifests);
    expect(store.getState().shareNotice).toEqual({ type: 'unknown-example', id: 'no-such-thing' });
  });

  it('a damaged link is refused with a reason, and the saved text is loaded instead', async () => {
    const { store, loads } = await start('https://x.test/#s=@@not-base64@@');
    expect(loads).toHaveLength(1);
    expect(store.getState().shareNotice).toMatchObject({ type: 'refused-link', code: 'bad-encoding' });
  });

  it('an embed keeps its address and does not take the shared view', async () => {
    const withView = { ...scenario, view: { zoom: 2, x: 1, y: 1, selected: 'service/default/web' } };
    const { store, addresses } = await start(`https://x.test/?embed=1${await encodeScenario(withView)}`);
    expect(addresses).toEqual([]);
    expect(store.getState().pendingView).toBeNull();
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it('a plain address loads the saved text and leaves the address alone', async () => {
    const { loads, addresses } = await start('https://x.test/');
    expect(loads).toHaveLength(1);
    expect(addresses).toEqual([]);
  });
});
