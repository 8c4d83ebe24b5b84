import { describe, expect, it } from 'vitest';
import type { ClusterGraph, GraphNode } from '../../core';
import { exportFileName, formatBytes, subjectName } from './export-name';

const node = (id: string, kind: GraphNode['kind'], label: string, system = false): GraphNode => ({
  id,
  kind,
  label,
  namespace: 'default',
  details: [],
  status: 'ok',
  system,
});
const graph = {
  nodes: [
    node('service/default/kubernetes', 'service', 'kubernetes', true),
    node('pod/default/p', 'pod', 'p'),
    node('service/default/myapp', 'service', 'myapp'),
  ],
  edges: [],
} as unknown as ClusterGraph;

describe('naming an export', () => {
  it('after the Service of the watched request first', () => {
    expect(subjectName(graph, { name: 'web' }, 'x')).toBe('web');
  });

  it("else after the user's first Service, skipping the ones every cluster has", () => {
    expect(subjectName(graph, undefined, undefined)).toBe('myapp');
  });

  it('else after the example, else "graph"', () => {
    expect(subjectName(null, undefined, 'nginx-nodeport')).toBe('nginx-nodeport');
    expect(subjectName(null, undefined, undefined)).toBe('graph');
    expect(subjectName(null, undefined, undefined, '集群图')).toBe('集群图');
  });

  it('file names keep to safe characters', () => {
    expect(exportFileName('myapp', 'png')).toBe('svcscope-myapp.png');
    expect(exportFileName('My App/../<x>', 'svg')).toBe('svcscope-my-app-..-x.svg');
    expect(exportFileName('../..', 'webm')).toBe('svcscope-graph.webm');
    expect(exportFileName('a'.repeat(100), 'png')).toBe(`svcscope-${'a'.repeat(60)}.png`);
  });

  it('sizes read in B, KB and MB', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(5 * 1024 * 1024)]).toEqual(['512 B', '1.5 KB', '5.0 MB']);
  });
});
