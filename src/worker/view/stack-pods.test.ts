import { describe, expect, it } from 'vitest';
import type { ClusterGraph, GraphEdge, GraphNode } from '../../core';
import { stackPods } from './stack-pods';

const node = (n: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind' | 'label'>): GraphNode => ({
  namespace: 'default',
  details: [],
  status: 'ok',
  system: false,
  ...n,
});
const edge = (kind: GraphEdge['kind'], source: string, target: string, ready?: boolean): GraphEdge => ({
  id: `${kind}:${source}->${target}`,
  kind,
  source,
  target,
  ...(ready !== undefined ? { ready } : {}),
});

/** web: 4 pods on n1 (one unready), 1 on n2, behind a Service's Endpoints; a Deployment owns them through a ReplicaSet. */
function cluster(): ClusterGraph {
  const nodes = [
    node({ id: 'node/n1', kind: 'node', label: 'n1', namespace: '' }),
    node({ id: 'node/n2', kind: 'node', label: 'n2', namespace: '' }),
    node({ id: 'deployment/default/web', kind: 'deployment', label: 'web' }),
    node({ id: 'replicaset/default/web-abc', kind: 'replicaset', label: 'web-abc' }),
    node({ id: 'endpoints/default/web', kind: 'endpoints', label: 'web' }),
  ];
  const edges = [edge('owns', 'deployment/default/web', 'replicaset/default/web-abc')];
  ['a', 'b', 'c', 'd', 'e'].forEach((suffix, i) => {
    const id = `pod/default/web-abc-${suffix}`;
    const ready = suffix !== 'b';
    nodes.push(
      node({
        id,
        kind: 'pod',
        label: `web-abc-${suffix}`,
        parentId: i < 4 ? 'node/n1' : 'node/n2',
        details: ['10.0.0.1', ready ? 'Ready' : 'NotReady'],
        status: ready ? 'ok' : 'warning',
      }),
    );
    edges.push(
      edge('owns', 'replicaset/default/web-abc', id),
      edge('endpoint', 'endpoints/default/web', id, ready),
      edge('runs-on', id, i < 4 ? 'node/n1' : 'node/n2'),
    );
  });
  return { nodes, edges };
}

describe('stacking replicas', () => {
  it('draws a workload’s pods on one Node as one card named after the Deployment, and leaves small groups alone', () => {
    const { graph, stacks } = stackPods(cluster(), new Set());
    const id = 'stack/n1/default/Deployment/web';
    expect(Object.keys(stacks)).toEqual([id]);
    expect(stacks[id]).toMatchObject({
      podNames: ['web-abc-a', 'web-abc-b', 'web-abc-c', 'web-abc-d'],
      ready: 3,
      nodeName: 'n1',
      workload: { kind: 'Deployment', name: 'web' },
    });
    expect(graph.nodes.find((n) => n.id === id)).toMatchObject({
      kind: 'pod',
      label: 'web ×4',
      parentId: 'node/n1',
      details: ['3/4 ready · 1 not ready', 'Show 4 pods'],
      status: 'warning',
    });
    expect(graph.nodes.some((n) => n.id === 'pod/default/web-abc-e')).toBe(true);
    expect(graph.nodes.filter((n) => n.kind === 'pod')).toHaveLength(2);
  });

  it('joins the edges to the stacked pods into one per source; an endpoint edge is dashed only if no pod behind it is ready', () => {
    const { graph } = stackPods(cluster(), new Set());
    const toStack = graph.edges.filter((e) => e.target === 'stack/n1/default/Deployment/web');
    expect(toStack.map((e) => `${e.kind}:${e.source}:${String(e.ready)}`).sort()).toEqual([
      'endpoint:endpoints/default/web:true',
      'owns:replicaset/default/web-abc:undefined',
    ]);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('an opened stack is drawn pod by pod', () => {
    const { graph, stacks } = stackPods(cluster(), new Set(['stack/n1/default/Deployment/web']));
    expect(stacks).toEqual({});
    expect(graph).toEqual(cluster());
  });

  it('keeps the graph order: the stack stands where its first pod stood', () => {
    const ids = stackPods(cluster(), new Set()).graph.nodes.map((n) => n.id);
    expect(ids.indexOf('stack/n1/default/Deployment/web')).toBe(5);
  });
});
