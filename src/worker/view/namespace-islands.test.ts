import { describe, expect, it } from 'vitest';
import { buildCluster, buildGraph } from '../../core';
import { httpdCrossNamespaceManifests as httpdCrossNamespace } from '../../examples/httpd-cross-namespace';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { findIslands, isIslandId, withIslands } from './namespace-islands';

function graphOf(text: string) {
  return buildGraph(buildCluster(text, {}), { includeSystem: false });
}

describe('namespace islands', () => {
  it('a graph of one namespace gets no island: a frame would say nothing', () => {
    expect(findIslands(graphOf(myappClusterIP))).toEqual([]);
  });

  it('two namespaces get an island each, holding their Services, Endpoints and workloads but no pod, Node or client', () => {
    const graph = graphOf(httpdCrossNamespace);
    const islands = findIslands(graph);
    expect(islands.map((island) => island.namespace)).toEqual(['default', 'kube-public']);
    const kinds = new Map(graph.nodes.map((node) => [node.id, node]));
    for (const island of islands) {
      expect(island.memberIds.length).toBeGreaterThan(0);
      for (const id of island.memberIds) {
        const node = kinds.get(id);
        expect(node?.namespace).toBe(island.namespace);
        expect(['pod', 'node', 'client', 'namespace']).not.toContain(node?.kind);
      }
    }
    const members = new Set(islands.flatMap((island) => island.memberIds));
    const kindsIn = new Set([...members].map((id) => kinds.get(id)?.kind));
    expect(kindsIn).toEqual(new Set(['service', 'endpoints', 'deployment', 'replicaset']));
    for (const node of graph.nodes) if (node.kind === 'pod' || node.kind === 'node') expect(members.has(node.id)).toBe(false);
  });

  it('the load balancer and Ingress of a namespace sit in its island; the outside client does not', () => {
    const graph = {
      nodes: [
        { id: 'client', kind: 'client', label: 'client', namespace: '', details: [], status: 'neutral', system: false },
        { id: 'lb', kind: 'loadbalancer', label: 'lb', namespace: 'edge', details: [], status: 'neutral', system: false },
        { id: 'ing', kind: 'ingress', label: 'ing', namespace: 'shop', details: [], status: 'neutral', system: false },
      ] as const,
      edges: [],
    };
    const islands = findIslands(graph);
    expect(islands).toEqual([
      { id: 'island/edge', namespace: 'edge', memberIds: ['lb'] },
      { id: 'island/shop', namespace: 'shop', memberIds: ['ing'] },
    ]);
  });

  it('folded namespace cards are not objects of a namespace: two cards and one opened namespace get no island', () => {
    const card = (ns: string) => ({
      id: `namespace/${ns}`,
      kind: 'namespace' as const,
      label: ns,
      namespace: ns,
      details: [],
      status: 'neutral' as const,
      system: false,
    });
    const service = { id: 'service/a/s', kind: 'service' as const, label: 's', namespace: 'a', details: [], status: 'ok' as const, system: false };
    expect(findIslands({ nodes: [card('b'), card('c'), service], edges: [] })).toEqual([]);
  });

  it('the layout graph puts each island before its members, which name it as their parent', () => {
    const graph = graphOf(httpdCrossNamespace);
    const islands = findIslands(graph);
    const laidOut = withIslands(graph, islands);
    expect(laidOut.nodes.length).toBe(graph.nodes.length + islands.length);
    const index = new Map(laidOut.nodes.map((node, i) => [node.id, i]));
    for (const island of islands)
      for (const id of island.memberIds) {
        expect(laidOut.nodes.find((node) => node.id === id)?.parentId).toBe(island.id);
        expect(index.get(island.id)).toBeLessThan(index.get(id) ?? -1);
      }
    expect(laidOut.nodes.filter((node) => isIslandId(node.id))).toHaveLength(2);
  });
});
