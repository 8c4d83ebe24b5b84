import { describe, expect, it } from 'vitest';
import { largeGraph, sampleGraph } from '../test-support/sample-graph';
import { selectDrawnGraph } from './drawn-graph';

describe('selectDrawnGraph', () => {
  it('draws a graph within budget as it is', () => {
    const graph = sampleGraph();
    const result = selectDrawnGraph(graph);
    expect(result.graph).toBe(graph);
    expect(result.hiddenNodeCount).toBe(0);
  });

  it('over budget, drops pods before services and Nodes, and their edges with them', () => {
    const result = selectDrawnGraph(largeGraph(50, 5), 20);
    expect(result.graph.nodes).toHaveLength(20);
    expect(result.hiddenNodeCount).toBe(56 - 20);
    expect(result.graph.nodes.filter((n) => n.kind === 'node')).toHaveLength(5);
    expect(result.graph.nodes.some((n) => n.kind === 'service')).toBe(true);
    const kept = new Set(result.graph.nodes.map((n) => n.id));
    for (const edge of result.graph.edges) {
      expect(kept.has(edge.source) && kept.has(edge.target)).toBe(true);
    }
  });

  it('never keeps a pod whose Node was left out', () => {
    const result = selectDrawnGraph(largeGraph(10, 10), 5);
    expect(result.graph.nodes.filter((n) => n.kind === 'pod')).toHaveLength(0);
  });
});
