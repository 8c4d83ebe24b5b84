import type { ClusterGraph, GraphEdge, GraphNode } from '../core';

/**
 * A hand-written graph shaped like the myapp example (Deployment with 3 replicas behind a ClusterIP
 * Service, one pod per worker), for tests that must not depend on the core's output.
 */
function node(partial: Pick<GraphNode, 'id' | 'kind' | 'label'> & Partial<GraphNode>): GraphNode {
  return { namespace: 'default', details: [], status: 'ok', system: false, ...partial };
}

function edge(id: string, kind: GraphEdge['kind'], source: string, target: string): GraphEdge {
  return { id, kind, source, target };
}

const WORKERS = ['worker-1', 'worker-2', 'worker-3'] as const;

export function sampleGraph(): ClusterGraph {
  const nodes: GraphNode[] = [
    node({ id: 'Service/default/myapp', kind: 'service', label: 'myapp', details: ['ClusterIP', '10.96.3.215', '38080→8080/TCP'], line: 24 }),
    node({ id: 'Endpoints/default/myapp', kind: 'endpoints', label: 'myapp', details: ['3/3 ready'] }),
    node({ id: 'Deployment/default/myapp', kind: 'deployment', label: 'myapp', details: ['3 replicas'], line: 1 }),
    node({ id: 'ReplicaSet/default/myapp-7c9d', kind: 'replicaset', label: 'myapp-7c9d', details: ['3/3 ready'] }),
  ];
  const edges: GraphEdge[] = [
    edge('e-svc-ep', 'endpoints', 'Service/default/myapp', 'Endpoints/default/myapp'),
    edge('e-deploy-rs', 'owns', 'Deployment/default/myapp', 'ReplicaSet/default/myapp-7c9d'),
  ];
  WORKERS.forEach((worker, index) => {
    const nodeId = `Node/${worker}`;
    const podId = `Pod/default/myapp-7c9d-${index}`;
    nodes.push(node({ id: nodeId, kind: 'node', label: worker, namespace: '', details: [`10.0.0.1${index + 1}`, `10.244.${index + 1}.0/24`] }));
    nodes.push(node({ id: podId, kind: 'pod', label: `myapp-7c9d-${index}`, parentId: nodeId, details: [`10.244.${index + 1}.5`, 'Ready'] }));
    edges.push(edge(`e-ep-${index}`, 'endpoint', 'Endpoints/default/myapp', podId));
    edges.push(edge(`e-rs-${index}`, 'owns', 'ReplicaSet/default/myapp-7c9d', podId));
    edges.push(edge(`e-run-${index}`, 'runs-on', podId, nodeId));
  });
  return { nodes, edges };
}

/** A graph of `podCount` pods over `nodeCount` Nodes behind one Service, to exercise the big-graph rules. */
export function largeGraph(podCount: number, nodeCount: number): ClusterGraph {
  const nodes: GraphNode[] = [node({ id: 'Service/default/big', kind: 'service', label: 'big', details: ['ClusterIP'] })];
  const edges: GraphEdge[] = [];
  for (let n = 0; n < nodeCount; n += 1) nodes.push(node({ id: `Node/n${n}`, kind: 'node', label: `n${n}`, namespace: '' }));
  for (let p = 0; p < podCount; p += 1) {
    const podId = `Pod/default/big-${p}`;
    nodes.push(node({ id: podId, kind: 'pod', label: `big-${p}`, parentId: `Node/n${p % nodeCount}` }));
    edges.push(edge(`sel-${p}`, 'selects', 'Service/default/big', podId));
  }
  return { nodes, edges };
}
