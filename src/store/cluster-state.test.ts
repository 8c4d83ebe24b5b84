import { DEFAULT_SETTINGS } from '../core';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../core';
import { PROTOCOL_VERSION, type LoadedReply } from '../protocol';
import { sampleGraph } from '../test-support/sample-graph';
import { INITIAL_CLUSTER_STATE, applyLoadOutcome, groupFindingsByNode, isUnreadableTextCode, type ClusterState } from './cluster-state';

function loaded(diagnostics: readonly Diagnostic[], nodeCount = 9): LoadedReply {
  const graph = sampleGraph();
  return {
    type: 'loaded',
    requestId: 1,
    protocolVersion: PROTOCOL_VERSION,
    graph: { nodes: graph.nodes.slice(0, nodeCount), edges: [] },
    positions: {},
    layout: 'elk',
    hiddenNodeCount: 0,
    diagnosticNodeIds: [],
    stacks: {},
    islands: [],
    namespaceSummaries: {},
    namespaces: [],
    viewProblem: null,
    objectFacts: {},
    layoutContinuity: 'fresh',
    diagnostics,
    counts: { nodes: 3, pods: 3, readyPods: 3, services: 1, workloads: 1, ingresses: 0, errors: 0, warnings: 0 },
    settings: DEFAULT_SETTINGS,
    parseMs: 4,
    layoutMs: 30,
  };
}

const yamlError: Diagnostic = { code: 'YAML_SYNTAX', severity: 'error', message: 'bad indentation', line: 7, column: 3 };
const warning: Diagnostic = { code: 'SVC_SELECTOR_MATCHES_NOTHING', severity: 'warning', message: 'no pods' };

describe('applyLoadOutcome', () => {
  it('shows the graph of a text that was read', () => {
    const next = applyLoadOutcome({ ...INITIAL_CLUSTER_STATE, status: 'parsing' }, loaded([warning]));
    expect(next.status).toBe('ready');
    expect(next.graph?.nodes).toHaveLength(9);
    expect(next.diagnostics).toEqual([warning]);
    expect(next.graphRevision).toBe(1);
  });

  it('keeps the last good graph when the new text has a YAML error, but shows the new diagnostics', () => {
    const good = applyLoadOutcome(INITIAL_CLUSTER_STATE, loaded([]));
    const broken = applyLoadOutcome(good, loaded([yamlError], 2));
    expect(broken.graph).toBe(good.graph);
    expect(broken.graphRevision).toBe(good.graphRevision);
    expect(broken.graphIsStale).toBe(true);
    expect(broken.diagnostics).toEqual([yamlError]);
  });

  it('replaces a stale graph as soon as the text reads again', () => {
    const good = applyLoadOutcome(INITIAL_CLUSTER_STATE, loaded([]));
    const broken = applyLoadOutcome(good, loaded([yamlError], 2));
    const fixed = applyLoadOutcome(broken, loaded([], 5));
    expect(fixed.graph?.nodes).toHaveLength(5);
    expect(fixed.graphIsStale).toBe(false);
  });

  it('with no graph yet, shows what could be read rather than nothing', () => {
    const first = applyLoadOutcome(INITIAL_CLUSTER_STATE, loaded([yamlError], 4));
    expect(first.graph?.nodes).toHaveLength(4);
  });

  it('a failure keeps graph and diagnostics and says what failed', () => {
    const good = applyLoadOutcome(INITIAL_CLUSTER_STATE, loaded([warning]));
    const failed = applyLoadOutcome(good, { type: 'failed', requestId: 2, protocolVersion: PROTOCOL_VERSION, message: 'worker died' });
    expect(failed.status).toBe('failed');
    expect(failed.failure).toBe('worker died');
    expect(failed.graph).toBe(good.graph);
    expect(failed.diagnostics).toEqual([warning]);
  });

  it('a superseded load changes nothing', () => {
    const state: ClusterState = { ...INITIAL_CLUSTER_STATE, status: 'parsing' };
    expect(applyLoadOutcome(state, { type: 'superseded', requestId: 3 })).toBe(state);
  });
});

describe('isUnreadableTextCode', () => {
  it('treats YAML and input errors as unreadable text, and model findings as readable', () => {
    expect(isUnreadableTextCode('YAML_SYNTAX')).toBe(true);
    expect(isUnreadableTextCode('INPUT_TOO_LARGE')).toBe(true);
    expect(isUnreadableTextCode('SVC_SELECTOR_MATCHES_NOTHING')).toBe(false);
  });
});

describe('groupFindingsByNode', () => {
  it('puts each diagnostic on the node the worker named, and leaves the unplaced ones out', () => {
    const a: Diagnostic = { code: 'A', severity: 'warning', message: 'a' };
    const b: Diagnostic = { code: 'B', severity: 'info', message: 'b' };
    const c: Diagnostic = { code: 'C', severity: 'warning', message: 'c' };
    expect(groupFindingsByNode([a, b, c], ['service/default/x', null, 'service/default/x'])).toEqual({ 'service/default/x': [a, c] });
  });
});
