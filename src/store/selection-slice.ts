import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { Bridge } from '../bridge';
import type { InspectResult, ProxyMode } from '../core';
import type { AppState } from './app-state';

export type InspectorTab = 'yaml' | 'kubectl' | 'dns' | 'rules';

/** What the inspector shows: nothing, a request in flight (with the last answer to keep on screen), an answer, or why not. */
export type Inspection =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly nodeId: string; readonly result?: InspectResult }
  | { readonly status: 'ready'; readonly nodeId: string; readonly result: InspectResult }
  | { readonly status: 'failed'; readonly nodeId: string; readonly message: string };

/** The part of a trace hop's rule the inspector needs (core's RuleRef fits). */
export interface RuleToShow {
  readonly id?: string;
  readonly node?: string;
  readonly text: string;
  readonly source?: string;
}

export interface SelectionSlice {
  /** Graph id of the node the inspector shows, null when it is closed. */
  readonly selectedNodeId: string | null;
  readonly inspectorTab: InspectorTab;
  /** The rule listing's proxy mode; null: the cluster's kube-proxy mode. */
  readonly rulesMode: ProxyMode | null;
  /** The Service ("ns/name") whose rules are marked in a listing: the last Service selected. */
  readonly markedService: string | null;
  readonly inspection: Inspection;
  select(nodeId: string): void;
  closeInspector(): void;
  setInspectorTab(tab: InspectorTab): void;
  setRulesMode(mode: ProxyMode | null): void;
  setMarkedService(service: string | null): void;
  /** Asks the worker again: the cluster changed, or the rule listing did. */
  refreshInspection(): void;
  /** Opens the node a trace hop's rule lives on, at the Rules tab, in the hop's proxy mode. */
  showRule(rule: RuleToShow): void;
}

/** Tabs by what was selected: a rule listing exists for Nodes and for Services (on one of the nodes). */
export function tabsFor(nodeId: string): readonly InspectorTab[] {
  return /^(node|service|loadbalancer)\//.test(nodeId) ? ['yaml', 'kubectl', 'dns', 'rules'] : ['yaml', 'kubectl', 'dns'];
}

/** "service/default/myapp" (or its load balancer) → "default/myapp"; anything else has no Service. */
export function serviceOfNode(nodeId: string): string | undefined {
  const match = /^(?:service|loadbalancer)\/([^/]+)\/([^/]+)$/.exec(nodeId);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** Which listing a rule belongs to: its source, else the shape of its id (`nat/…`, `nft/…`, `TCP/ip:port`). */
export function proxyModeOfRule(rule: RuleToShow): ProxyMode | undefined {
  if (rule.source === 'iptables' || rule.source === 'ipvs' || rule.source === 'nftables') return rule.source;
  if (rule.source !== undefined) return undefined;
  const id = rule.id ?? '';
  if (/^(nat|filter)\//.test(id)) return 'iptables';
  if (id.startsWith('nft/')) return 'nftables';
  if (/^(TCP|UDP|SCTP)\//.test(id)) return 'ipvs';
  return undefined;
}

export function createSelectionSlice(deps: { readonly bridge: Bridge }): StateCreator<AppState, [], [], SelectionSlice> {
  let latestRequest = 0;
  return (set, get) => {
    const inspect = (): void => {
      const { selectedNodeId: nodeId, text, rulesMode, inspection } = get();
      if (nodeId === null) return;
      const request = ++latestRequest;
      const kept = inspection.status !== 'idle' && inspection.nodeId === nodeId && 'result' in inspection ? inspection.result : undefined;
      set({ inspection: { status: 'loading', nodeId, ...(kept ? { result: kept } : {}) } });
      void deps.bridge.query('inspect', { nodeId, text, ...(rulesMode ? { rules: { mode: rulesMode } } : {}) }).then((outcome) => {
        // Only the newest question's answer is shown: clicks can outrun the worker.
        if (request !== latestRequest) return;
        set({
          inspection: outcome.type === 'answer' ? { status: 'ready', nodeId, result: outcome.result } : { status: 'failed', nodeId, message: outcome.message },
        });
      });
    };
    return {
      selectedNodeId: null,
      inspectorTab: 'kubectl',
      rulesMode: null,
      markedService: null,
      inspection: { status: 'idle' },
      select(nodeId) {
        const { inspectorTab, selectedNodeId, markedService, inspection } = get();
        if (nodeId === selectedNodeId && inspection.status !== 'failed') return;
        set({
          selectedNodeId: nodeId,
          inspectorTab: tabsFor(nodeId).includes(inspectorTab) ? inspectorTab : 'kubectl',
          markedService: serviceOfNode(nodeId) ?? markedService,
        });
        inspect();
      },
      closeInspector() {
        latestRequest += 1;
        set({ selectedNodeId: null, inspection: { status: 'idle' } });
      },
      setInspectorTab: (tab) => set({ inspectorTab: tab }),
      setRulesMode(mode) {
        set({ rulesMode: mode });
        inspect();
      },
      setMarkedService: (service) => set({ markedService: service }),
      refreshInspection: inspect,
      showRule(rule) {
        const mode = proxyModeOfRule(rule);
        if (!rule.node || !mode) return;
        const nodeId = `node/${rule.node}`;
        const changed = nodeId !== get().selectedNodeId || mode !== (get().rulesMode ?? get().effectiveSettings?.proxyMode);
        set({ selectedNodeId: nodeId, inspectorTab: 'rules', rulesMode: mode });
        if (changed) inspect();
      },
    };
  };
}

/**
 * Keeps the inspector in step with the rest of the store: a new graph (a new cluster in the worker) asks
 * again, and a selected trace hop opens the rule it matched.
 */
export function connectSelection(store: StoreApi<AppState>): void {
  store.subscribe((state, previous) => {
    if (state.graphRevision !== previous.graphRevision && state.selectedNodeId !== null) state.refreshInspection();
    const rule = state.selectedHop?.rule;
    if (state.selectedHop !== previous.selectedHop && rule) state.showRule(rule);
  });
}
