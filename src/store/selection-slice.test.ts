import { describe, expect, it } from 'vitest';
import type { Bridge, QueryOutcome } from '../bridge';
import type { InspectResult } from '../core';
import { failedReply, type QueryKind, type QueryParams } from '../protocol';
import { createAppStore } from './create-app-store';
import { proxyModeOfRule, serviceOfNode, tabsFor } from './selection-slice';

interface Asked {
  readonly kind: QueryKind;
  readonly params: unknown;
  answer(result: InspectResult): void;
  fail(message: string): void;
}

/** A bridge whose queries the test answers by hand, in any order. */
function fakeBridge() {
  const asked: Asked[] = [];
  const bridge: Bridge = {
    load: () => new Promise(() => undefined),
    query<K extends QueryKind>(kind: K, params: QueryParams<K>): Promise<QueryOutcome<K>> {
      return new Promise((resolve) => {
        asked.push({
          kind,
          params,
          answer: (result) => resolve({ type: 'answer', result } as QueryOutcome<K>),
          fail: (message) => resolve(failedReply(0, message)),
        });
      });
    },
    mode: () => 'worker',
    dispose: () => undefined,
  };
  return { bridge, asked };
}

const result = (title: string): InspectResult => ({ title, kind: 'Service', defaultedYaml: '', views: [], dns: [] });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const { bridge, asked } = fakeBridge();
  const store = createAppStore(bridge, { storage: null });
  return { store, asked };
}

describe('selection slice', () => {
  it('asks the worker to inspect a clicked node with the editor text, and shows the answer', async () => {
    const { store, asked } = setup();
    store.getState().select('service/default/myapp');
    expect(store.getState().inspection).toEqual({ status: 'loading', nodeId: 'service/default/myapp' });
    expect(asked[0]?.kind).toBe('inspect');
    expect(asked[0]?.params).toEqual({ nodeId: 'service/default/myapp', text: store.getState().text });
    asked[0]?.answer(result('Service default/myapp'));
    await settle();
    expect(store.getState().inspection).toMatchObject({ status: 'ready', result: { title: 'Service default/myapp' } });
    expect(store.getState().markedService).toBe('default/myapp');
  });

  it('shows only the answer to the newest click when answers come back out of order', async () => {
    const { store, asked } = setup();
    store.getState().select('service/default/a');
    store.getState().select('node/node1');
    asked[1]?.answer(result('Node node1'));
    asked[0]?.answer(result('Service default/a'));
    await settle();
    expect(store.getState().inspection).toMatchObject({ status: 'ready', nodeId: 'node/node1', result: { title: 'Node node1' } });
    // A Node is no Service: the Service whose chains are marked stays the last one selected.
    expect(store.getState().markedService).toBe('default/a');
  });

  it('says why when the worker cannot answer, and a second click asks again', async () => {
    const { store, asked } = setup();
    store.getState().select('pod/default/gone');
    asked[0]?.fail('pod/default/gone is not in the cluster any more.');
    await settle();
    expect(store.getState().inspection).toEqual({ status: 'failed', nodeId: 'pod/default/gone', message: 'pod/default/gone is not in the cluster any more.' });
    store.getState().select('pod/default/gone');
    expect(asked).toHaveLength(2);
  });

  it('keeps the tab when the new selection has it and falls back to kubectl when it does not', () => {
    const { store } = setup();
    store.getState().select('node/node1');
    store.getState().setInspectorTab('rules');
    store.getState().select('service/default/myapp');
    expect(store.getState().inspectorTab).toBe('rules');
    store.getState().select('pod/default/p');
    expect(store.getState().inspectorTab).toBe('kubectl');
  });

  it('asks for another proxy mode\'s listing when the user switches modes', () => {
    const { store, asked } = setup();
    store.getState().select('node/node1');
    store.getState().setRulesMode('ipvs');
    expect(asked.at(-1)?.params).toMatchObject({ nodeId: 'node/node1', rules: { mode: 'ipvs' } });
  });

  it('opens the node, the Rules tab and the listing of a selected hop\'s rule', () => {
    const { store, asked } = setup();
    store.getState().select('service/default/myapp');
    store.getState().showRule({ id: 'nft/service-X-default/myapp/tcp/#1', node: 'node3', text: 'numgen …', source: 'nftables' });
    expect(store.getState()).toMatchObject({ selectedNodeId: 'node/node3', inspectorTab: 'rules', rulesMode: 'nftables' });
    expect(asked.at(-1)?.params).toMatchObject({ nodeId: 'node/node3', rules: { mode: 'nftables' } });
  });

  it('closing forgets the selection and drops a late answer', async () => {
    const { store, asked } = setup();
    store.getState().select('node/node1');
    store.getState().closeInspector();
    asked[0]?.answer(result('Node node1'));
    await settle();
    expect(store.getState().selectedNodeId).toBeNull();
    expect(store.getState().inspection).toEqual({ status: 'idle' });
  });
});

describe('selection helpers', () => {
  it('offers a Rules tab for Nodes and Services only', () => {
    expect(tabsFor('node/node1')).toContain('rules');
    expect(tabsFor('loadbalancer/default/web')).toContain('rules');
    expect(tabsFor('pod/default/p')).not.toContain('rules');
  });

  it('names the Service of a Service or load balancer node', () => {
    expect(serviceOfNode('loadbalancer/shop/web')).toBe('shop/web');
    expect(serviceOfNode('endpoints/default/web')).toBeUndefined();
  });

  it('tells a rule\'s listing by its source, or by the shape of its id', () => {
    expect(proxyModeOfRule({ text: '', source: 'ipvs' })).toBe('ipvs');
    expect(proxyModeOfRule({ text: '', source: 'dns' })).toBeUndefined();
    expect(proxyModeOfRule({ text: '', id: 'nat/KUBE-SEP-ABC/1' })).toBe('iptables');
    expect(proxyModeOfRule({ text: '', id: 'nft/services#0' })).toBe('nftables');
    expect(proxyModeOfRule({ text: '', id: 'TCP/10.96.0.1:443' })).toBe('ipvs');
  });
});
