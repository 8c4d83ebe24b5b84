import type { ClusterGraph, GraphNode } from '../../core';
import type { PodStack } from '../../protocol';

/**
 * What a request can be aimed at, read from the drawn graph. The page must not import core values (the
 * worker owns the core), so the facts come from the detail lines the core prints on each node:
 * a Service prints `[type, clusterIP | 'headless' | '→ name', 'port[:nodePort]/PROTO, …', 'externalIP x']`,
 * a Node `[internalIP, podCIDR, …]`, a pod `[ip, state]`, a load balancer its ingress IPs, and an Ingress's
 * `routes` edges are labelled `host/path`.
 */
export interface ServicePort {
  readonly port: number;
  readonly nodePort?: number;
  readonly protocol: string;
}

export interface ServiceTarget {
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly type: string;
  readonly clusterIP?: string;
  readonly ports: readonly ServicePort[];
  readonly externalIPs: readonly string[];
  readonly loadBalancerIPs: readonly string[];
  /** `http://host/path` URLs of Ingress rules that route here. */
  readonly ingressURLs: readonly string[];
  readonly system: boolean;
}

export interface NodeTarget {
  readonly id: string;
  readonly name: string;
  readonly ip?: string;
  readonly controlPlane: boolean;
}

export interface PodTarget {
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly ip?: string;
  readonly nodeName?: string;
}

export interface ClusterTargets {
  readonly services: readonly ServiceTarget[];
  readonly nodes: readonly NodeTarget[];
  readonly pods: readonly PodTarget[];
  readonly hasClient: boolean;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** `38080/TCP`, `80:32143/TCP, 443:32382/TCP` → ports. Anything else is not a ports line. */
export function parsePortsLine(line: string): ServicePort[] | null {
  const parts = line.split(',').map((part) => part.trim());
  const ports: ServicePort[] = [];
  for (const part of parts) {
    const match = /^(\d+)(?::(\d+))?\/([A-Z]+)$/.exec(part);
    if (!match) return null;
    ports.push({ port: Number(match[1]), protocol: match[3] ?? 'TCP', ...(match[2] !== undefined ? { nodePort: Number(match[2]) } : {}) });
  }
  return ports.length > 0 ? ports : null;
}

function readService(node: GraphNode, loadBalancers: ReadonlyMap<string, GraphNode>, ingressURLs: readonly string[]): ServiceTarget {
  const [type = 'ClusterIP', address, ...rest] = node.details;
  let ports: ServicePort[] = [];
  const externalIPs: string[] = [];
  for (const line of rest) {
    const parsed = parsePortsLine(line);
    if (parsed) ports = parsed;
    else if (line.startsWith('externalIP ')) externalIPs.push(line.slice('externalIP '.length));
  }
  const lb = loadBalancers.get(`loadbalancer/${node.namespace}/${node.label}`);
  return {
    id: node.id,
    namespace: node.namespace,
    name: node.label,
    type,
    ...(address !== undefined && IPV4.test(address) ? { clusterIP: address } : {}),
    ports,
    externalIPs,
    loadBalancerIPs: lb ? lb.details.filter((d) => IPV4.test(d)) : [],
    ingressURLs,
    system: node.system,
  };
}

/** `shop.example.com/api` → `http://shop.example.com/api`; a rule without a host (`*`) goes to the controller's address. */
export function ingressURL(routeLabel: string, controllerAddress: string | undefined): string | undefined {
  const slash = routeLabel.indexOf('/');
  const host = slash < 0 ? routeLabel : routeLabel.slice(0, slash);
  const path = slash < 0 ? '/' : routeLabel.slice(slash);
  if (host === 'default') return undefined;
  if (host === '*' || host === '') return controllerAddress ? `http://${controllerAddress}${path}` : undefined;
  return `http://${host}${path}`;
}

/**
 * Pods drawn folded into a stack (`myapp ×167`) are still sources: the stack lists their names (their IPs
 * are not drawn, so they are not known here).
 */
export function readClusterTargets(graph: ClusterGraph | null, stacks: Readonly<Record<string, PodStack>> = {}): ClusterTargets {
  if (!graph) return { services: [], nodes: [], pods: [], hasClient: false };
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const loadBalancers = new Map(graph.nodes.filter((n) => n.kind === 'loadbalancer').map((n) => [n.id, n]));
  // ingress-nginx's own load balancer answers for rules without a host.
  const controllerLB = graph.nodes.find((n) => n.kind === 'loadbalancer' && n.namespace === 'ingress-nginx');
  const controllerAddress = controllerLB?.details.find((d) => IPV4.test(d));
  const urlsByService = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (edge.kind !== 'routes' || edge.label === undefined) continue;
    const url = ingressURL(edge.label, controllerAddress);
    if (!url) continue;
    const list = urlsByService.get(edge.target) ?? [];
    if (!list.includes(url)) list.push(url);
    urlsByService.set(edge.target, list);
  }
  const services: ServiceTarget[] = [];
  const nodes: NodeTarget[] = [];
  const pods: PodTarget[] = [];
  for (const node of graph.nodes) {
    if (node.kind === 'service') services.push(readService(node, loadBalancers, urlsByService.get(node.id) ?? []));
    else if (node.kind === 'node') {
      const ip = node.details[0];
      nodes.push({ id: node.id, name: node.label, ...(ip !== undefined && IPV4.test(ip) ? { ip } : {}), controlPlane: node.details.includes('control-plane') });
    } else if (node.kind === 'pod' && stacks[node.id]) {
      pods.push(...podsOfStack(stacks[node.id] as PodStack));
    } else if (node.kind === 'pod') {
      const ip = node.details[0];
      const nodeName = node.parentId !== undefined ? byId.get(node.parentId)?.label : undefined;
      pods.push({
        id: node.id,
        namespace: node.namespace,
        name: node.label,
        ...(ip !== undefined && IPV4.test(ip) ? { ip } : {}),
        ...(nodeName !== undefined ? { nodeName } : {}),
      });
    }
  }
  return { services, nodes, pods, hasClient: byId.has('client/external') };
}

function podsOfStack(stack: PodStack): PodTarget[] {
  const nodeName = stack.nodeName !== undefined ? { nodeName: stack.nodeName } : {};
  return stack.podNames.map((name) => ({ id: `pod/${stack.namespace}/${name}`, namespace: stack.namespace, name, ...nodeName }));
}

/** Pod id → the stack drawn in its place, so a packet bound for a folded pod lands on its stack. */
export function podStackIndex(stacks: Readonly<Record<string, PodStack>>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const stack of Object.values(stacks)) for (const name of stack.podNames) out.set(`pod/${stack.namespace}/${name}`, stack.id);
  return out;
}

/** The Service that answers on `ip:port`: a ClusterIP, load balancer IP or externalIP, or a NodePort on any node address. */
export function findServiceByAddress(targets: ClusterTargets, ip: string, port: number): ServiceTarget | undefined {
  const onNode = targets.nodes.some((n) => n.ip === ip);
  return targets.services.find((svc) => {
    if (onNode) return svc.ports.some((p) => p.nodePort === port);
    const addresses = [svc.clusterIP, ...svc.loadBalancerIPs, ...svc.externalIPs];
    return addresses.includes(ip) && svc.ports.some((p) => p.port === port);
  });
}
