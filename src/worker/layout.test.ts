import { describe, expect, it } from 'vitest';
import type { NodeBox } from '../protocol';
import { largeGraph, sampleGraph } from '../test-support/sample-graph';
import { MAX_ELK_NODES, layoutGraph } from './layout';

function box(positions: Readonly<Record<string, NodeBox>>, id: string): NodeBox {
  const found = positions[id];
  if (!found) throw new Error(`no position for ${id}`);
  return found;
}

describe('layoutGraph', () => {
  it('lays a small graph out with ELK, left to right along the traffic', async () => {
    const { engine, positions } = await layoutGraph(sampleGraph());
    expect(engine).toBe('elk');
    const service = box(positions, 'Service/default/myapp');
    const endpoints = box(positions, 'Endpoints/default/myapp');
    expect(service.x + service.width).toBeLessThanOrEqual(endpoints.x);
  });

  it('with ELK, each pod lies inside its Node group', async () => {
    const graph = sampleGraph();
    const { positions } = await layoutGraph(graph);
    for (const pod of graph.nodes.filter((n) => n.kind === 'pod')) {
      const inner = box(positions, pod.id);
      const group = box(positions, pod.parentId ?? '');
      expect(inner.x).toBeGreaterThanOrEqual(0);
      expect(inner.y).toBeGreaterThan(0);
      expect(inner.x + inner.width).toBeLessThanOrEqual(group.width);
      expect(inner.y + inner.height).toBeLessThanOrEqual(group.height);
    }
  });

  it('with ELK, no two top-level boxes overlap', async () => {
    const graph = sampleGraph();
    const { positions } = await layoutGraph(graph);
    const top = graph.nodes.filter((n) => n.parentId === undefined).map((n) => box(positions, n.id));
    for (const [i, a] of top.entries()) {
      for (const b of top.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('puts a Node without pods with the other Nodes at the right, not among the Services', async () => {
    const graph = sampleGraph();
    const empty = { id: 'node/control-plane', kind: 'node' as const, label: 'control-plane', namespace: '', details: ['192.168.49.2'], status: 'neutral' as const, system: false };
    const { positions } = await layoutGraph({ nodes: [...graph.nodes, empty], edges: graph.edges });
    expect(box(positions, 'node/control-plane').x).toBeGreaterThan(box(positions, 'Endpoints/default/myapp').x);
  });

  it('keeps a Node group at least as wide as its title asks, even when its pods are narrow', async () => {
    const graph = sampleGraph();
    const { positions } = await layoutGraph(graph, { labelWidth: () => 40, detailWidth: (text) => text.length * 12 });
    expect(box(positions, 'Node/worker-1').width).toBeGreaterThanOrEqual('10.244.1.0/24'.length * 12);
  });

  it(`places graphs over ${MAX_ELK_NODES} nodes by columns`, async () => {
    const { engine } = await layoutGraph(largeGraph(MAX_ELK_NODES, 4));
    expect(engine).toBe('columns');
  });
});
