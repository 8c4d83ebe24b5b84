import type { Cluster, Protocol, Service } from '../model/types';
import { INGRESS_CONTROLLER_NAME } from '../model/ingress-controller';
import { matchIngress } from '../network/ingress/match';
import type { IngressMatch } from '../network/ingress/types';
import { stableHash } from '../util/hash';
import { connect } from './connect';
import { formatAddress, LATENCY_MS, type Dataplane } from './dataplane';
import { deliverToPod } from './deliver';
import { enterFromOutside } from './external-entry';
import type { Packet } from './netfilter';
import { podResponder, replyHops } from './reply';
import { EPHEMERAL_PORT_BASE, EPHEMERAL_PORT_COUNT, type ResolvedSource } from './source';
import { nextRoundRobin, type SimulationState } from './state';
import type { ParsedTarget } from './target';
import type { Hop, Outcome, Trace } from './types';

/**
 * An HTTP request through an Ingress: the host resolves to the ingress controller's load balancer; the
 * first connection goes through kube-proxy to an ingress-nginx pod; nginx picks the rule (host, then the
 * longest path) and opens a second connection straight to an endpoint pod of the backend Service, as
 * ingress-nginx does (it reads EndpointSlices; kube-proxy is not on that second leg).
 */
export interface IngressTraceInput {
  readonly cluster: Cluster;
  readonly dataplane: Dataplane;
  readonly state: SimulationState;
  readonly source: ResolvedSource;
  readonly target: Extract<ParsedTarget, { type: 'url' }>;
  readonly sport: number;
  readonly protocol: Protocol;
  readonly hops: Hop[];
  readonly viaNode: string | undefined;
}

export function findIngressController(cluster: Cluster): Service | undefined {
  return (
    cluster.services.find((s) => s.meta.name === INGRESS_CONTROLLER_NAME) ??
    cluster.services.find((s) => s.selector?.['app.kubernetes.io/name'] === 'ingress-nginx' && s.selector['app.kubernetes.io/component'] === 'controller')
  );
}

export function traceIngress(input: IngressTraceInput): { outcome: Outcome; service?: Trace['service'] } {
  const { cluster, state, source, target, hops } = input;
  const controller = findIngressController(cluster);
  if (!controller) return { outcome: { type: 'timeout', reason: 'the cluster has no ingress controller (and no Ingress, so svcscope installed none)' } };
  const servicePort = controller.ports.find((p) => p.name === target.scheme) ?? controller.ports.find((p) => p.port === (target.scheme === 'https' ? 443 : 80));
  if (!servicePort) return { outcome: { type: 'timeout', reason: `the ingress controller Service has no ${target.scheme} port` } };
  const lbIP = controller.loadBalancerIngressIPs[0];
  const firstNode = cluster.nodes.find((n) => n.ready);
  const dst = lbIP ? { ip: lbIP, port: target.port ?? servicePort.port } : firstNode && servicePort.nodePort ? { ip: firstNode.internalIP, port: servicePort.nodePort } : undefined;
  if (!dst) return { outcome: { type: 'timeout', reason: 'the ingress controller has neither a load balancer IP nor a NodePort' } };
  let t = 0;
  const serviceRef = { namespace: controller.meta.namespace, name: controller.meta.name, port: servicePort.port };
  const client = formatAddress(source.ip, input.sport);
  const called = formatAddress(dst.ip, dst.port);
  hops.push({
    kind: 'dns',
    at: 'dns',
    before: { src: source.ip, dst: target.host },
    after: { src: source.ip, dst: dst.ip },
    rule: { source: 'dns', text: `${target.host}. A ${dst.ip}` },
    note: `${target.host} resolves to ${dst.ip}, the ingress controller's ${lbIP ? 'load balancer' : 'NodePort on ' + (firstNode?.name ?? '')} (its public DNS record points there)`,
    timeMs: (t += LATENCY_MS.dns),
  });
  hops.push({
    kind: 'send',
    at: source.pod ? `pod/${source.pod.meta.namespace}/${source.pod.meta.name}` : source.node ? `node/${source.node.name}` : 'client',
    ...(source.node ? { node: source.node.name } : {}),
    before: { src: client, dst: called },
    after: { src: client, dst: called },
    note: `${source.label} sends GET ${target.path} Host: ${target.host} over ${target.scheme}`,
    timeMs: t,
  });
  const packet: Packet = { proto: 'tcp', src: source.ip, sport: input.sport, dst: dst.ip, dport: dst.port, mark: 0, dnat: false };
  let node = source.node;
  if (source.external) {
    const entry = enterFromOutside(cluster, { ip: source.ip, port: input.sport }, dst, state, t, input.viaNode);
    hops.push(...entry.hops);
    if (entry.type === 'stop') return { outcome: entry.outcome, service: serviceRef };
    node = entry.node;
    t = hops[hops.length - 1]?.timeMs ?? t;
  }
  if (!node) return { outcome: { type: 'dropped', reason: 'the sender has no node' } };
  const leg1 = connect({ cluster, dataplane: input.dataplane, state, node, hook: source.hook, packet, startMs: t });
  hops.push(...leg1.hops);
  if (leg1.type === 'stop') return { outcome: leg1.outcome, service: serviceRef };
  const nginx = leg1.pod;
  const leg1Reply = (start: number): Hop[] =>
    replyHops({ cluster, source, responder: podResponder(nginx), original: packet, arrived: leg1.packet, natNode: leg1.natNode, natted: leg1.natted, startMs: start });
  const match = matchIngress(cluster, { host: target.host, path: target.path, scheme: target.scheme });
  t = leg1.timeMs + LATENCY_MS.proxy;
  const arrived = { src: formatAddress(leg1.packet.src, leg1.packet.sport), dst: formatAddress(leg1.packet.dst, leg1.packet.dport) };
  // nginx answers itself (404, 503, 308: after = before) or opens a second connection (after = that connection).
  const ingressHop = (note: string, after: { src: string; dst: string } = arrived): Hop => ({
    kind: 'ingress',
    at: `pod/${nginx.meta.namespace}/${nginx.meta.name}`,
    ...(nginx.nodeName ? { node: nginx.nodeName } : {}),
    before: arrived,
    after,
    rule: { source: 'ingress', text: ruleText(match) },
    note,
    timeMs: t,
  });
  const route = match.route;
  const answer = (outcome: Outcome, note: string): { outcome: Outcome; service: Trace['service'] } => {
    hops.push(ingressHop(note));
    hops.push(...leg1Reply(t));
    return { outcome, service: serviceRef };
  };
  if (target.scheme === 'http' && match.tls.redirectToHttps)
    return answer({ type: 'http-status', status: 308, reason: `${target.host} has TLS configured: ingress-nginx redirects plain HTTP to https (308)` }, `ingress-nginx: 308 Permanent Redirect to https://${target.host}${target.path}`);
  if (route.type === 'controller-default-backend') return answer({ type: 'http-404', reason: route.reason }, `ingress-nginx: no rule matches: the default backend answers 404 (${route.reason})`);
  const backend = route.backend;
  const backendService = backend.type === 'service' ? cluster.services.find((s) => s.meta.namespace === backend.namespace && s.meta.name === backend.serviceName) : undefined;
  // ingress-nginx proxies to an ExternalName by its name, whatever port number the backend gives.
  if (backend.type === 'service' && !backend.problem && backendService?.type === 'ExternalName') {
    const host = backendService.externalName ?? '';
    const port = backend.servicePort?.port ?? ('number' in backend.port ? backend.port.number : 80);
    hops.push(ingressHop(`${route.reason}; the backend is an ExternalName: nginx proxies to ${host}`, { src: nginx.ip ?? '', dst: `${host}:${port}` }));
    hops.push(...leg1Reply(t));
    return { outcome: { type: 'delivered-outside', ip: host, port, reason: `proxied to ${host} outside the cluster` }, service: serviceRef };
  }
  if (backend.type !== 'service' || backend.problem || !backend.servicePort) {
    const why = backend.problem?.message ?? 'the backend cannot be used';
    return answer({ type: 'http-status', status: 503, reason: why }, `ingress-nginx: ${why}: 503 Service Temporarily Unavailable`);
  }
  const sp = backend.servicePort;
  const endpoints = cluster.endpointSlices
    .filter((s) => s.meta.namespace === backend.namespace && s.serviceName === backend.serviceName)
    .flatMap((s) => {
      const port = s.ports.find((p) => p.name === sp.name && p.protocol === sp.protocol);
      return port ? s.endpoints.filter((e) => e.conditions.ready).map((e) => ({ ip: e.addresses[0] ?? '', port: port.port })) : [];
    })
    .filter((e) => e.ip !== '')
    .sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0));
  if (endpoints.length === 0)
    return answer({ type: 'http-status', status: 503, reason: `${backend.namespace}/${backend.serviceName} has no ready endpoints` }, `${route.reason}; ${backend.serviceName} has no ready endpoint: 503 Service Temporarily Unavailable`);
  const chosen = endpoints[nextRoundRobin(state, `ingress/${backend.namespace}/${backend.serviceName}/${sp.name}`, endpoints.length)] ?? (endpoints[0] as { ip: string; port: number });
  const nginxIP = nginx.ip ?? '';
  const sport2 = EPHEMERAL_PORT_BASE + (stableHash(cluster.settings.seed, 'ingress', state.nowMs, chosen.ip) % EPHEMERAL_PORT_COUNT);
  const packet2: Packet = { proto: 'tcp', src: nginxIP, sport: sport2, dst: chosen.ip, dport: chosen.port, mark: 0, dnat: false };
  hops.push(
    ingressHop(`${route.reason}; nginx proxies to endpoint ${chosen.ip}:${chosen.port} of ${backend.serviceName} (round robin over ${endpoints.length}), not through the ClusterIP`, {
      src: formatAddress(nginxIP, sport2),
      dst: formatAddress(chosen.ip, chosen.port),
    }),
  );
  const nginxNode = cluster.nodes.find((n) => n.name === nginx.nodeName);
  if (!nginxNode) return { outcome: { type: 'dropped', reason: 'the ingress controller pod has no node' }, service: serviceRef };
  const leg2 = connect({ cluster, dataplane: input.dataplane, state, node: nginxNode, hook: 'PREROUTING', packet: packet2, startMs: t });
  hops.push(...leg2.hops);
  const backendRef = { namespace: backend.namespace, name: backend.serviceName, port: sp.port };
  if (leg2.type === 'stop') return { outcome: leg2.outcome, service: backendRef };
  const delivered = deliverToPod(leg2.pod, leg2.packet, leg2.timeMs + LATENCY_MS.app);
  hops.push(delivered.hop);
  const nginxSource: ResolvedSource = { label: `ingress-nginx ${nginx.meta.name}`, ip: nginxIP, pod: nginx, node: nginxNode, hook: 'PREROUTING', external: false };
  const back = replyHops({ cluster, source: nginxSource, responder: podResponder(leg2.pod), original: packet2, arrived: leg2.packet, natNode: leg2.natNode, natted: leg2.natted, startMs: delivered.hop.timeMs });
  hops.push(...back);
  hops.push(...leg1Reply((back[back.length - 1]?.timeMs ?? t) + LATENCY_MS.proxy));
  return { outcome: delivered.outcome, service: backendRef };
}

function ruleText(match: IngressMatch): string {
  const r = match.route;
  switch (r.type) {
    case 'path':
      return `Ingress ${r.ingress.namespace}/${r.ingress.name}: host ${r.host || '*'} path ${r.path} (${r.pathType}) → ${describeBackend(r.backend)}`;
    case 'ingress-default-backend':
      return `Ingress ${r.ingress.namespace}/${r.ingress.name}: defaultBackend → ${describeBackend(r.backend)}`;
    case 'controller-default-backend':
      return 'ingress-nginx default backend: 404';
  }
}

function describeBackend(b: IngressMatch['route'] extends infer R ? (R extends { backend: infer B } ? B : never) : never): string {
  if (b.type === 'resource') return `${b.kind}/${b.name}`;
  return `${b.serviceName}:${'number' in b.port ? b.port.number : b.port.name}`;
}
