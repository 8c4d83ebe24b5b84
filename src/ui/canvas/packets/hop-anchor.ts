import type { Hop, RuleRef, Trace, TraceSource } from '../../../core';

/**
 * Graph node ids where a hop is drawn, best first. The painter takes the first id that is drawn, so a pod
 * folded into a stack or left out of a big graph falls back to its Node.
 */
export type Anchor = readonly string[];

export interface AnchorLookup {
  /** `NS/NAME` of the Service answering on ip:port (IPVS rules name addresses, not Services). */
  serviceAt(ip: string, port: number): string | undefined;
}

type Role = 'service' | 'endpoints' | 'node';

export function sourceAnchor(source: TraceSource, nodeName?: string): Anchor {
  switch (source.type) {
    case 'external':
      return ['client/external'];
    case 'node':
      return [`node/${source.name}`];
    case 'pod':
      return [`pod/${source.namespace}/${source.name}`, ...(nodeName ? [`node/${nodeName}`] : [])];
  }
}

/** Where the hop's `at` is drawn; null for `dns`, which has no place of its own on the graph. */
export function atAnchor(hop: Hop): Anchor | null {
  const { at } = hop;
  if (at === 'client') return ['client/external'];
  if (at === 'dns') return null;
  if (at.startsWith('pod/')) return [at, ...(hop.node ? [`node/${hop.node}`] : [])];
  if (at.startsWith('cloud-lb/')) {
    const rest = at.slice('cloud-lb/'.length);
    return [`loadbalancer/${rest}`, `service/${rest}`, namespaceCard(rest)];
  }
  return [at];
}

/** A folded namespace is drawn as one card: what it holds is drawn there. */
function namespaceCard(namespacedName: string): string {
  return `namespace/${namespacedName.split('/')[0] ?? ''}`;
}

/** `NS/NAME` from a kube-proxy comment (`"default/web:http -> 10.244.1.3:8080"`, `"masquerade traffic for default/web:http …"`). */
export function serviceInComment(text: string): string | undefined {
  const comment = /--comment "([^"]*)"/.exec(text)?.[1];
  if (comment === undefined) return undefined;
  for (const word of comment.split(/\s+/)) {
    const match = /^([a-z0-9][-a-z0-9]*)\/([a-z0-9][-a-z0-9.]*[a-z0-9]|[a-z0-9])(?::[-a-z0-9]+)?$/.exec(word);
    if (match) return `${match[1]}/${match[2]}`;
  }
  return undefined;
}

/** `NS/NAME` from an nftables chain (`service-6QYGQ5L4-default/myapp/tcp/`, `endpoint-…-default/myapp/tcp/__10.244.2.35/8080`). */
export function serviceInNftChain(chain: string): string | undefined {
  const match = /^(?:service|endpoint|external|firewall)-[A-Z0-9]+-([^/]+)\/([^/]+)\//.exec(chain);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

function serviceOf(hop: Hop, trace: Trace, lookup: AnchorLookup): string | undefined {
  const rule = hop.rule;
  let found: string | undefined;
  if (rule?.source === 'iptables') found = serviceInComment(rule.text);
  else if (rule?.source === 'nftables' && rule.chain) found = serviceInNftChain(rule.chain);
  else if (rule?.source === 'ipvs') {
    const address = /^\S+\s+([\d.]+):(\d+)/.exec(rule.text);
    if (address) found = lookup.serviceAt(address[1] ?? '', Number(address[2]));
  }
  return found ?? (trace.service ? `${trace.service.namespace}/${trace.service.name}` : undefined);
}

function roleOf(hop: Hop, rule: RuleRef | undefined): Role {
  const chain = rule?.chain ?? '';
  switch (rule?.source) {
    case 'iptables':
      if (/^KUBE-(SVC|SVL|FW)-/.test(chain)) return 'service';
      if (chain.startsWith('KUBE-SEP-')) return 'endpoints';
      return 'node';
    case 'nftables':
      if (/^(service|external|firewall)-/.test(chain)) return 'service';
      if (chain.startsWith('endpoint-')) return 'endpoints';
      return 'node';
    case 'ipvs':
      // The virtual server matching is the Service; its DNAT to a real server is the endpoint.
      return hop.kind === 'ipvs' && hop.before.dst !== hop.after.dst ? 'endpoints' : 'service';
    default:
      return 'node';
  }
}

const KERNEL_KINDS: ReadonlySet<Hop['kind']> = new Set(['nat', 'filter', 'ipvs', 'masquerade']);

/**
 * The anchor of every hop, so the packet visibly goes client → load balancer → node → Service → Endpoints
 * → pod as the trace says. kube-proxy hops happen in a node's kernel: the chain that picks an endpoint is
 * drawn at the Service, the one that DNATs to it at the Endpoints; rules that only look at the packet stay
 * where the packet is, and the node itself shows where the packet enters its kernel, is SNATed, or dies.
 */
export function anchorTrace(trace: Trace, lookup: AnchorLookup): Anchor[] {
  const firstNode = trace.hops.find((h) => h.node !== undefined)?.node;
  const start = sourceAnchor(trace.request.source, firstNode);
  const lastRequestHop = findLastIndex(trace.hops, (h) => h.reply !== true);
  const failed = trace.outcome.type === 'refused' || trace.outcome.type === 'dropped';
  const noEndpoints = 'reason' in trace.outcome && /has no endpoints/.test(trace.outcome.reason);
  const anchors: Anchor[] = [];
  let previous: Anchor = start;
  trace.hops.forEach((hop, index) => {
    let anchor: Anchor;
    if (!KERNEL_KINDS.has(hop.kind)) anchor = atAnchor(hop) ?? previous;
    else {
      const own = atAnchor(hop) ?? previous;
      const svc = serviceOf(hop, trace, lookup);
      const role = roleOf(hop, hop.rule);
      const terminal = failed && index === lastRequestHop;
      if (terminal) anchor = noEndpoints && svc ? [`service/${svc}`, namespaceCard(svc), ...own] : own;
      else if (role === 'service' && svc) anchor = [`service/${svc}`, namespaceCard(svc), ...own];
      else if (role === 'endpoints' && svc) anchor = [`endpoints/${svc}`, `service/${svc}`, namespaceCard(svc), ...own];
      else {
        const changed = hop.before.src !== hop.after.src || hop.before.dst !== hop.after.dst;
        const entering = index === 0 || trace.hops[index - 1]?.at !== hop.at;
        anchor = changed || entering ? own : previous;
      }
    }
    anchors.push(anchor);
    previous = anchor;
  });
  return anchors;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
