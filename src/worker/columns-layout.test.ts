import { describe, expect, it } from 'vitest';
import type { NodeBox } from '../protocol';
import { largeGraph, sampleGraph } from '../test-support/sample-graph';
import { layoutByColumns } from './columns-layout';

function box(positions: Readonly<Record<string, NodeBox>>, id: string): NodeBox {
  const found = positions[id];
  if (!found) throw new Error(`no position for ${id}`);
  return found;
}

describe('layoutByColumns', () => {
  it('places services left of endpoints, endpoints left of workloads, workloads left of Nodes', () => {
    const positions = layoutByColumns(sampleGraph());
    const service = box(positions, 'Service/default/myapp');
    const endpoints = box(positions, 'Endpoints/default/myapp');
    const deployment = box(positions, 'Deployment/default/myapp');
    const node = box(positions, 'Node/worker-1');
    expect(service.x + service.width).toBeLessThan(endpoints.x);
    expect(endpoints.x + endpoints.width).toBeLessThan(deployment.x);
    expect(deployment.x).toBeLessThan(node.x);
  });

  it('puts each pod inside its Node group, in parent-relative coordinates', () => {
    const graph = largeGraph(40, 3);
    const positions = layoutByColumns(graph);
    for (const pod of graph.nodes.filter((n) => n.kind === 'pod')) {
      const inner = box(positions, pod.id);
      const group = box(positions, pod.parentId ?? '');
      expect(inner.x).toBeGreaterThan(0);
      expect(inner.y).toBeGreaterThan(0);
      expect(inner.x + inner.width).toBeLessThanOrEqual(group.width);
      expect(inner.y + inner.height).toBeLessThanOrEqual(group.height);
    }
  });

  it('stacks the Node groups of one column without overlap', () => {
    const positions = layoutByColumns(largeGraph(30, 3));
    const groups = ['Node/n0', 'Node/n1', 'Node/n2'].map((id) => box(positions, id)).sort((a, b) => a.y - b.y);
    for (let i = 1; i < groups.length; i += 1) {
      const above = groups[i - 1];
      const below = groups[i];
      if (!above || !below) throw new Error('missing group');
      expect(above.y + above.height).toBeLessThan(below.y);
    }
  });

  it('places 5,000 pods in well under a second', () => {
    const graph = largeGraph(5000, 50);
    const started = performance.now();
    const positions = layoutByColumns(graph);
    expect(performance.now() - started).toBeLessThan(500);
    expect(Object.keys(positions)).toHaveLength(graph.nodes.length);
  });
});
