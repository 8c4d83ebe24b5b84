import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../../test-support/sample-graph';
import { createI18n } from '../../i18n/create-i18n';
import { toFlowEdges, toFlowNodes } from './to-flow-elements';

const english = createI18n('en').getFixedT('en', 'canvas');
const chinese = createI18n('zh').getFixedT('zh', 'canvas');

describe('toFlowNodes', () => {
  it('puts every Kubernetes Node before the pods it holds, as React Flow requires', () => {
    const nodes = toFlowNodes(sampleGraph(), {}, english);
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    for (const node of nodes) {
      if (node.parentId === undefined) continue;
      expect(index.get(node.parentId)).toBeLessThan(index.get(node.id) ?? -1);
    }
  });

  it('draws a pod inside its Node and keeps it there when dragged', () => {
    const pod = toFlowNodes(sampleGraph(), {}, english).find((node) => node.id === 'Pod/default/myapp-7c9d-0');
    expect(pod?.parentId).toBe('Node/worker-1');
    expect(pod?.extent).toBe('parent');
  });

  it('draws a namespace island as a named group before the objects inside it, which it holds', () => {
    const island = { id: 'island/default', namespace: 'default', memberIds: ['Service/default/myapp'] };
    const positions = { 'island/default': { x: 5, y: 6, width: 300, height: 200 }, 'Service/default/myapp': { x: 16, y: 34, width: 200, height: 90 } };
    const nodes = toFlowNodes(sampleGraph(), positions, english, { islands: [island] });
    expect(nodes[0]).toMatchObject({ id: 'island/default', type: 'island', ariaRole: 'group', ariaLabel: 'Namespace default', selectable: false, width: 300 });
    const service = nodes.find((node) => node.id === 'Service/default/myapp');
    expect(service).toMatchObject({ parentId: 'island/default', position: { x: 16, y: 34 }, data: { inIsland: true } });
    expect(toFlowNodes(sampleGraph(), positions, chinese, { islands: [island] })[0]?.ariaLabel).toBe('命名空间 default');
    // Without islands nothing is framed.
    expect(toFlowNodes(sampleGraph(), positions, english).some((node) => node.type === 'island')).toBe(false);
  });

  it('uses the worker positions and sizes as given', () => {
    const box = { x: 12, y: 34, width: 210, height: 88 };
    const service = toFlowNodes(sampleGraph(), { 'Service/default/myapp': box }, english).find((node) => node.type === 'service');
    expect(service).toMatchObject({ position: { x: 12, y: 34 }, width: 210, height: 88 });
  });

  it('names each node by kind and name, for screen readers and tests', () => {
    const names = toFlowNodes(sampleGraph(), {}, english).map((node) => node.ariaLabel);
    expect(names).toContain('Service myapp');
    expect(names).toContain('Node worker-2');
    expect(names).toContain('ReplicaSet myapp-7c9d');
  });

  it('names nodes in Chinese with Kubernetes kinds kept in English, and the words around them translated', () => {
    const graph = sampleGraph();
    const client = { id: 'client', kind: 'client', label: 'client', namespace: '', details: [], status: 'ok', system: false } as const;
    const withExtras = { ...graph, nodes: [...graph.nodes, client] };
    const names = toFlowNodes(withExtras, {}, chinese).map((node) => node.ariaLabel);
    expect(names).toContain('Service myapp');
    expect(names).toContain('客户端 client');
    const stack = {
      id: 'Pod/default/myapp-7c9d-0',
      namespace: 'default',
      workload: { kind: 'Deployment', name: 'myapp' },
      nodeName: 'worker-1',
      podNames: ['a', 'b'],
      ready: 2,
      terminating: 0,
    };
    const stacked = toFlowNodes(graph, {}, chinese, { stacks: { [stack.id]: stack } }).find((n) => n.id === stack.id);
    expect(stacked?.ariaLabel).toBe('worker-1 上的 Pod 堆叠 myapp-7c9d-0');
  });

  it('drops a parent link to a Node that is not drawn', () => {
    const graph = sampleGraph();
    const withoutNodes = { nodes: graph.nodes.filter((node) => node.kind !== 'node'), edges: [] };
    expect(toFlowNodes(withoutNodes, {}, english).every((node) => node.parentId === undefined)).toBe(true);
  });
});

describe('toFlowEdges', () => {
  it('draws runs-on as containment, not as a line', () => {
    const edges = toFlowEdges(sampleGraph());
    expect(edges.some((edge) => edge.data?.kind === 'runs-on')).toBe(false);
    expect(edges.filter((edge) => edge.data?.kind === 'endpoint')).toHaveLength(3);
  });

  it('dashes an endpoint to a pod that is not ready', () => {
    const graph = sampleGraph();
    const edges = toFlowEdges({ ...graph, edges: graph.edges.map((edge) => (edge.kind === 'endpoint' ? { ...edge, ready: false } : edge)) });
    expect(edges.filter((edge) => edge.className?.includes('edge-unready'))).toHaveLength(3);
  });
});

describe('toFlowNodes with findings and stacks', () => {
  const finding = { code: 'SVC_SELECTOR_MATCHES_NOTHING', severity: 'warning', message: 'The selector app=myap matches no pod.' } as const;

  it('hands a node its findings and points its accessible description at them', () => {
    const service = toFlowNodes(sampleGraph(), {}, english, { findingsByNode: { 'Service/default/myapp': [finding] } }).find(
      (n) => n.id === 'Service/default/myapp',
    );
    expect(service?.data.findings).toEqual([finding]);
    expect(service?.domAttributes?.['aria-describedby']).toBe('findings-Service/default/myapp react-flow__node-desc-1');
    const endpoints = toFlowNodes(sampleGraph(), {}, english).find((n) => n.id === 'Endpoints/default/myapp');
    expect(endpoints?.domAttributes).toBeUndefined();
  });

  it('draws a stack as a stack, named for what it holds and where', () => {
    const stack = {
      id: 'Pod/default/myapp-7c9d-0',
      namespace: 'default',
      workload: { kind: 'Deployment', name: 'myapp' },
      nodeName: 'worker-1',
      podNames: ['a', 'b', 'c'],
      ready: 3,
      terminating: 0,
    };
    const node = toFlowNodes(sampleGraph(), {}, english, { stacks: { [stack.id]: stack } }).find((n) => n.id === stack.id);
    expect(node).toMatchObject({ type: 'podStack', ariaLabel: 'Pod stack myapp-7c9d-0 on worker-1', data: { stack } });
  });
});
