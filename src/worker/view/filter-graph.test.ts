import { describe, expect, it } from 'vitest';
import { buildCluster, buildGraph } from '../../core';
import { filterGraph, type GraphFilter } from './filter-graph';
import { labelsByNodeId } from './graph-facts';
import { parseLabelSelector } from './label-selector';

const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec: {type: NodePort, selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: db, namespace: data}
spec:
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: c, image: postgres}]}
`;
const cluster = buildCluster(text);
const graph = buildGraph(cluster);
const labels = labelsByNodeId(cluster);
const none: GraphFilter = { namespaces: null, hiddenKinds: new Set(), selector: null };
const ids = (filter: Partial<GraphFilter>) => filterGraph(graph, { ...none, ...filter }, (id) => labels.get(id)).nodes.map((n) => n.id);
const selector = (s: string) => {
  const parsed = parseLabelSelector(s);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.requirements;
};

describe('filtering the drawn graph', () => {
  it('without a filter the graph is untouched', () => {
    expect(filterGraph(graph, none, () => undefined)).toBe(graph);
  });

  it('a namespace keeps its objects, the client that reaches them and the Nodes its pods run on', () => {
    const kept = ids({ namespaces: new Set(['data']) });
    expect(kept.filter((id) => !id.startsWith('node/'))).toEqual(expect.arrayContaining(['deployment/data/db']));
    expect(kept.some((id) => id.includes('/shop/'))).toBe(false);
    expect(kept).not.toContain('client/external');
    const dbNode = graph.nodes.find((n) => n.id.startsWith('pod/data/db-'))?.parentId;
    expect(kept.filter((id) => id.startsWith('node/'))).toEqual([dbNode]);
    expect(ids({ namespaces: new Set(['shop']) })).toContain('client/external');
  });

  it('a label filter keeps the matching pods and everything that routes to or owns them', () => {
    const kept = ids({ selector: selector('app=web') });
    expect(kept).toEqual(expect.arrayContaining(['client/external', 'service/shop/web', 'endpoints/shop/web', 'deployment/shop/web']));
    expect(kept.filter((id) => id.startsWith('pod/'))).toHaveLength(2);
    expect(kept.some((id) => id.includes('/data/'))).toBe(false);
  });

  it('a hidden kind is bridged: the Deployment owns its pods directly when ReplicaSets are hidden', () => {
    const filtered = filterGraph(graph, { ...none, hiddenKinds: new Set(['replicaset']) }, () => undefined);
    expect(filtered.nodes.some((n) => n.kind === 'replicaset')).toBe(false);
    const owned = filtered.edges.filter((e) => e.kind === 'owns' && e.source === 'deployment/shop/web');
    expect(owned.map((e) => e.target).every((t) => t.startsWith('pod/shop/web-'))).toBe(true);
    expect(owned).toHaveLength(2);
  });

  it('hiding Nodes frees the pods from their groups', () => {
    const filtered = filterGraph(graph, { ...none, hiddenKinds: new Set(['node']) }, () => undefined);
    expect(filtered.nodes.filter((n) => n.kind === 'pod').every((n) => n.parentId === undefined)).toBe(true);
  });
});
