import type { Cluster, Endpoints, Pod, Service, Workload } from '../model/types';
import type { ClusterGraph, GraphEdge, GraphNode, GraphNodeFacts } from './types';

export interface GraphOptions {
  /** Show default/kubernetes, kube-dns and CoreDNS (hidden by default: every cluster has them). */
  readonly includeSystem?: boolean;
}

export const nodeId = {
  node: (name: string) => `node/${name}`,
  pod: (ns: string, name: string) => `pod/${ns}/${name}`,
  service: (ns: string, name: string) => `service/${ns}/${name}`,
  endpoints: (ns: string, name: string) => `endpoints/${ns}/${name}`,
  workload: (kind: string, ns: string, name: string) => `${kind.toLowerCase()}/${ns}/${name}`,
  ingress: (ns: string, name: string) => `ingress/${ns}/${name}`,
  loadBalancer: (ns: string, name: string) => `loadbalancer/${ns}/${name}`,
  client: () => 'client/external',
};

export function servicePortsText(svc: Service): string {
  return svc.ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`).join(', ');
}

/** The cluster as nodes and edges for the UI: ownership, Service → Endpoints → Pod, Ingress → Service, Pod → Node. */
export function buildGraph(cluster: Cluster, options: GraphOptions = {}): ClusterGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const shown = <T extends { meta: { system: boolean } }>(items: readonly T[]): T[] => items.filter((i) => options.includeSystem === true || !i.meta.system);
  const ids = new Set<string>();
  const addNode = (node: GraphNode): void => {
    if (ids.has(node.id)) return;
    ids.add(node.id);
    nodes.push(node);
  };
  const edgeIds = new Set<string>();
  const addEdge = (edge: Omit<GraphEdge, 'id'>): void => {
    const id = `${edge.kind}:${edge.source}->${edge.target}`;
    // Edge ids must be unique for the canvas: a user-written Endpoints may list one pod in two subsets.
    if (!ids.has(edge.source) || !ids.has(edge.target) || edgeIds.has(id)) return;
    edgeIds.add(id);
    edges.push({ ...edge, id });
  };
  const line = (loc: { line: number } | undefined): { line?: number } => (loc ? { line: loc.line } : {});

  const pods = shown(cluster.pods);
  const services = shown(cluster.services);
  const externalEntry = services.some((s) => s.type === 'NodePort' || s.type === 'LoadBalancer' || s.externalIPs.length > 0) || cluster.ingresses.length > 0;
  if (externalEntry)
    addNode({
      id: nodeId.client(),
      kind: 'client',
      label: 'client',
      namespace: '',
      details: [cluster.settings.externalClientIP],
      status: 'neutral',
      system: false,
    });

  for (const n of cluster.nodes)
    addNode({
      id: nodeId.node(n.name),
      kind: 'node',
      label: n.name,
      namespace: '',
      details: [n.internalIP, n.podCIDR, ...(n.zone ? [n.zone] : []), ...(n.controlPlane ? ['control-plane'] : [])],
      status: n.ready ? 'neutral' : 'error',
      system: false,
      ...line(n.meta.source.location),
    });

  const podsByWorkload = new Map<string, Pod[]>();
  for (const p of pods) {
    if (!p.workload) continue;
    const k = `${p.meta.namespace}/${p.workload.kind}/${p.workload.name}`;
    const list = podsByWorkload.get(k);
    if (list) list.push(p);
    else podsByWorkload.set(k, [p]);
  }
  for (const w of shown(cluster.workloads)) addWorkload(w, podsByWorkload.get(`${w.meta.namespace}/${w.kind}/${w.meta.name}`) ?? [], addNode, addEdge, line);

  for (const pod of pods) {
    addNode({
      id: nodeId.pod(pod.meta.namespace, pod.meta.name),
      kind: 'pod',
      label: pod.meta.name,
      namespace: pod.meta.namespace,
      ...(pod.nodeName ? { parentId: nodeId.node(pod.nodeName) } : {}),
      details: [pod.ip ?? '<no IP>', podState(pod)],
      status: pod.phase === 'Failed' ? 'error' : pod.ready && !pod.terminating ? 'ok' : 'warning',
      system: pod.meta.system,
      ...line(pod.meta.source.location),
      facts: podFacts(pod),
    });
    if (pod.nodeName) addEdge({ kind: 'runs-on', source: nodeId.pod(pod.meta.namespace, pod.meta.name), target: nodeId.node(pod.nodeName) });
  }

  const endpointsByKey = new Map(cluster.endpoints.map((e) => [`${e.meta.namespace}/${e.meta.name}`, e]));
  for (const svc of services) addService(svc, endpointsByKey.get(`${svc.meta.namespace}/${svc.meta.name}`), addNode, addEdge, line);

  for (const ing of cluster.ingresses) {
    const id = nodeId.ingress(ing.meta.namespace, ing.meta.name);
    const hosts = [...new Set(ing.rules.map((r) => r.host || '*'))];
    addNode({
      id,
      kind: 'ingress',
      label: ing.meta.name,
      namespace: ing.meta.namespace,
      details: [ing.className ? `class ${ing.className}` : 'no class', ...hosts],
      status: 'neutral',
      system: false,
      ...line(ing.meta.source.location),
      facts: { type: 'ingress', className: ing.className ? ing.className : null },
    });
    addEdge({ kind: 'reaches', source: nodeId.client(), target: id });
    const backends = [
      ...ing.rules.flatMap((r) => r.paths.map((p) => ({ label: `${r.host || '*'}${p.path || '/'}`, backend: p.backend }))),
      ...(ing.defaultBackend ? [{ label: 'default', backend: ing.defaultBackend }] : []),
    ];
    for (const { label, backend } of backends)
      if (backend.type === 'service') {
        const target = nodeId.service(ing.meta.namespace, backend.serviceName);
        if (!edges.some((e) => e.source === id && e.target === target)) addEdge({ kind: 'routes', source: id, target, label });
      }
  }
  return { nodes, edges };
}

type AddNode = (node: GraphNode) => void;
type AddEdge = (edge: Omit<GraphEdge, 'id'>) => void;
type Line = (loc: { line: number } | undefined) => { line?: number };

function podState(pod: Pod): Extract<GraphNodeFacts, { type: 'pod' }>['state'] {
  if (pod.terminating) return 'Terminating';
  if (pod.phase !== 'Running') return pod.phase;
  return pod.ready ? 'Ready' : 'NotReady';
}

function podFacts(pod: Pod): GraphNodeFacts {
  return { type: 'pod', hasIP: pod.ip !== undefined, state: podState(pod) };
}

function addWorkload(w: Workload, own: readonly Pod[], addNode: AddNode, addEdge: AddEdge, line: Line): void {
  const ns = w.meta.namespace;
  const id = nodeId.workload(w.kind, ns, w.meta.name);
  const ready = own.filter((p) => p.ready).length;
  const desired = w.kind === 'DaemonSet' ? own.length : w.replicas;
  const image = w.template.spec.containers[0]?.image;
  addNode({
    id,
    kind: w.kind.toLowerCase() as GraphNode['kind'],
    label: w.meta.name,
    namespace: ns,
    details: [`${ready}/${desired} ready`, ...(image ? [image] : [])],
    status: ready === desired ? 'ok' : 'warning',
    system: w.meta.system,
    ...line(w.meta.source.location),
    facts: { type: 'workload', ready, desired },
  });
  let parent = id;
  if (w.kind === 'Deployment' && w.replicaSetName) {
    parent = nodeId.workload('ReplicaSet', ns, w.replicaSetName);
    addNode({
      id: parent,
      kind: 'replicaset',
      label: w.replicaSetName,
      namespace: ns,
      details: [`${own.length} pods`],
      status: 'neutral',
      system: w.meta.system,
      facts: { type: 'replicaset', pods: own.length },
    });
    addEdge({ kind: 'owns', source: id, target: parent });
  }
  for (const p of own) {
    // Pods are added after workloads; the edge is kept once they exist.
    addNode({
      id: nodeId.pod(ns, p.meta.name),
      kind: 'pod',
      label: p.meta.name,
      namespace: ns,
      ...(p.nodeName ? { parentId: nodeId.node(p.nodeName) } : {}),
      details: [p.ip ?? '<no IP>', podState(p)],
      status: p.phase === 'Failed' ? 'error' : p.ready && !p.terminating ? 'ok' : 'warning',
      system: p.meta.system,
      ...line(p.meta.source.location),
      facts: podFacts(p),
    });
    addEdge({ kind: 'owns', source: parent, target: nodeId.pod(ns, p.meta.name) });
  }
}

function addService(svc: Service, eps: Endpoints | undefined, addNode: AddNode, addEdge: AddEdge, line: Line): void {
  const ns = svc.meta.namespace;
  const id = nodeId.service(ns, svc.meta.name);
  const details = [
    svc.type,
    svc.type === 'ExternalName' ? `→ ${svc.externalName ?? ''}` : svc.clusterIP === 'None' ? 'headless' : svc.clusterIP,
    ...(svc.ports.length > 0 ? [servicePortsText(svc)] : []),
    ...svc.externalIPs.map((ip) => `externalIP ${ip}`),
  ];
  const readyCount = eps ? eps.subsets.reduce((n, s) => n + s.addresses.length, 0) : 0;
  const noEndpoints = svc.type !== 'ExternalName' && readyCount === 0;
  addNode({
    id,
    kind: 'service',
    label: svc.meta.name,
    namespace: ns,
    details,
    status: noEndpoints ? 'warning' : 'ok',
    system: svc.meta.system,
    ...line(svc.meta.source.location),
  });
  if (svc.type === 'LoadBalancer') {
    const lb = nodeId.loadBalancer(ns, svc.meta.name);
    addNode({
      id: lb,
      kind: 'loadbalancer',
      label: `${svc.meta.name} LB`,
      namespace: ns,
      details: svc.loadBalancerIngressIPs.length > 0 ? [...svc.loadBalancerIngressIPs] : ['<pending>'],
      status: 'neutral',
      system: svc.meta.system,
    });
    addEdge({ kind: 'reaches', source: nodeId.client(), target: lb });
    addEdge({ kind: 'reaches', source: lb, target: id, label: servicePortsText(svc) });
  } else if (svc.type === 'NodePort' || svc.externalIPs.length > 0) {
    addEdge({
      kind: 'reaches',
      source: nodeId.client(),
      target: id,
      label: svc.type === 'NodePort' ? `NodeIP:${svc.ports.map((p) => p.nodePort).join(',')}` : 'externalIP',
    });
  }
  if (!eps) return;
  const epId = nodeId.endpoints(ns, svc.meta.name);
  const addresses = eps.subsets.flatMap((s) => [
    ...s.addresses.map((a) => ({ a, ready: true, ports: s.ports })),
    ...s.notReadyAddresses.map((a) => ({ a, ready: false, ports: s.ports })),
  ]);
  const text = addresses.slice(0, 4).map(({ a, ports }) => `${a.ip}${ports[0] ? `:${ports[0].port}` : ''}`);
  const more = Math.max(0, addresses.length - 4);
  if (more > 0) text.push(`+ ${more} more`);
  const facts: GraphNodeFacts = { type: 'endpoints', addresses: addresses.length, more };
  addNode({
    id: epId,
    kind: 'endpoints',
    label: svc.meta.name,
    namespace: ns,
    details: text.length > 0 ? text : ['<none>'],
    status: readyCount > 0 ? 'ok' : 'warning',
    system: svc.meta.system,
    ...line(eps.meta.source.location),
    facts,
  });
  addEdge({ kind: 'endpoints', source: id, target: epId });
  for (const { a, ready } of addresses) {
    const ref = a.targetRef;
    if (ref?.kind === 'Pod') addEdge({ kind: 'endpoint', source: epId, target: nodeId.pod(ref.namespace, ref.name), ready });
  }
}
