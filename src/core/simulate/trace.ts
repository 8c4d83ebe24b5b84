import type { Cluster, Protocol, Service } from '../model/types';
import { stableHash } from '../util/hash';
import { indexCluster } from './cluster-index';
import { connect, type ConnectResult } from './connect';
import { formatAddress, LATENCY_MS } from './dataplane';
import { dataplaneFor } from './dataplanes';
import { resolveForTrace } from './dns-step';
import { enterFromOutside } from './external-entry';
import { traceIngress } from './ingress-step';
import type { Packet } from './netfilter';
import { EPHEMERAL_PORT_BASE, EPHEMERAL_PORT_COUNT, resolveSource } from './source';
import { createSimulationState, type SimulationState } from './state';
import { parseTarget } from './target';
import type { Hop, Outcome, Trace, TraceRequest } from './types';
import { podResponder, replyHops } from './reply';
import { deliverToPod } from './deliver';

/**
 * The trace of one request: DNS, the way in (cloud load balancer, node), kube-proxy's rules on the node
 * that sees the packet first, the pod network, the destination pod, and the reply's way back.
 * Pure and seeded: the state carries the generator, affinity and round-robin memory across requests.
 */
export function traceRequest(cluster: Cluster, request: TraceRequest, state: SimulationState = createSimulationState(cluster.settings.seed)): Trace {
  const start = state.nowMs;
  const hops: Hop[] = [];
  const done = (outcome: Outcome, service?: Trace['service']): Trace => ({
    request,
    hops,
    outcome,
    durationMs: Math.round(((hops[hops.length - 1]?.timeMs ?? 0) + 0) * 1000) / 1000,
    ...(service ? { service } : {}),
  });
  const sourceResult = resolveSource(cluster, request.source);
  if (!sourceResult.ok) return done({ type: 'dropped', reason: `cannot send: ${sourceResult.reason}` });
  const source = sourceResult.source;
  const target = parseTarget(request.target);
  if (target.type === 'invalid') return done({ type: 'dropped', reason: `cannot send: ${target.reason}` });
  const protocol: Protocol = request.protocol ?? 'TCP';
  const dataplane = dataplaneFor(cluster.settings.proxyMode);
  const sport = EPHEMERAL_PORT_BASE + (stableHash(cluster.settings.seed, start, source.ip, request.target) % EPHEMERAL_PORT_COUNT);
  let t = 0;
  const sendHop = (dst: string, note: string): void => {
    hops.push({
      kind: 'send',
      at: source.pod ? `pod/${source.pod.meta.namespace}/${source.pod.meta.name}` : source.node ? `node/${source.node.name}` : 'client',
      ...(source.node ? { node: source.node.name } : {}),
      before: { src: formatAddress(source.ip, sport), dst },
      after: { src: formatAddress(source.ip, sport), dst },
      note,
      timeMs: t,
    });
  };

  if (target.type === 'url') {
    const result = traceIngress({ cluster, dataplane, state, source, target, sport, protocol, hops, viaNode: request.viaNode });
    return done(result.outcome, result.service);
  }

  let dstIP: string;
  let service: Service | undefined;
  let headless = false;
  if (target.type === 'name') {
    const dns = resolveForTrace(cluster, source, target.name, state, t);
    if (dns.hop) hops.push(dns.hop);
    if (dns.type === 'stop') return done(dns.outcome);
    t = dns.hop.timeMs;
    dstIP = dns.ip;
    headless = dns.headless;
    const ref = dns.object;
    service = ref ? cluster.services.find((s) => s.meta.name === ref.name && s.meta.namespace === ref.namespace) : undefined;
  } else {
    dstIP = target.ip;
  }
  const index = indexCluster(cluster);
  service ??= index.serviceByClusterIP.get(dstIP) ?? index.serviceByLoadBalancerIP.get(dstIP);
  const servicePort = service?.ports.find((p) => p.protocol === protocol) ?? service?.ports[0];
  // A headless Service is not proxied: the client must use the pod's port, which its SRV record gives.
  const defaultPort = headless && service && servicePort ? (endpointPort(cluster, service, servicePort.name, dstIP) ?? servicePort.port) : servicePort?.port;
  const port = target.port ?? request.port ?? defaultPort;
  if (port === undefined) return done({ type: 'dropped', reason: `cannot send: no port given for ${request.target}` });
  const serviceRef = service ? { namespace: service.meta.namespace, name: service.meta.name, port } : undefined;
  sendHop(
    formatAddress(dstIP, port),
    `${source.label} opens a ${protocol} connection to ${formatAddress(dstIP, port)}${headless ? ' (a pod address from a headless Service: no kube-proxy translation)' : ''}`,
  );
  const packet: Packet = { proto: protocol.toLowerCase() as Packet['proto'], src: source.ip, sport, dst: dstIP, dport: port, mark: 0, dnat: false };

  let result: ConnectResult;
  if (source.external) {
    const entry = enterFromOutside(cluster, { ip: source.ip, port: sport }, { ip: dstIP, port }, state, t, request.viaNode);
    hops.push(...entry.hops);
    if (entry.type === 'stop') return done(entry.outcome, serviceRef);
    t = hops[hops.length - 1]?.timeMs ?? t;
    result = connect({ cluster, dataplane, state, node: entry.node, hook: 'PREROUTING', packet, startMs: t });
  } else {
    const node = source.node;
    if (!node) return done({ type: 'dropped', reason: 'the sender has no node' });
    result = connect({ cluster, dataplane, state, node, hook: source.hook, packet, startMs: t });
  }
  hops.push(...result.hops);
  const ref = serviceRef ?? refFromSpn(cluster, result.servicePortName, protocol) ?? refByNodeAddress(cluster, dstIP, port, protocol);
  if (result.type === 'stop') {
    const outcome = result.outcome;
    if (outcome.type === 'delivered-host') {
      const responder = { at: `node/${outcome.nodeName}`, nodeName: outcome.nodeName, label: `the process on ${outcome.nodeName}` };
      hops.push(
        ...replyHops({
          cluster,
          source,
          responder,
          original: packet,
          arrived: result.packet,
          natNode: result.natNode,
          natted: result.natted,
          startMs: result.timeMs,
        }),
      );
    }
    return done(outcome, ref);
  }
  const delivered = deliverToPod(result.pod, result.packet, result.timeMs + LATENCY_MS.app);
  hops.push(delivered.hop);
  hops.push(
    ...replyHops({
      cluster,
      source,
      responder: podResponder(result.pod),
      original: packet,
      arrived: result.packet,
      natNode: result.natNode,
      natted: result.natted,
      startMs: delivered.hop.timeMs,
    }),
  );
  return done(delivered.outcome, ref);
}

/**
 * The Service a request to a node address (NodePort) or an externalIP was for, when the rules stopped it
 * before a translation named it (a Local policy drop): the findings about that Service explain the drop.
 */
function refByNodeAddress(cluster: Cluster, ip: string, port: number, protocol: Protocol): Trace['service'] | undefined {
  const index = indexCluster(cluster);
  const candidates = index.nodeByIP.has(ip) ? cluster.services : (index.servicesByExternalIP.get(ip) ?? []);
  for (const svc of candidates) {
    const matched = index.nodeByIP.has(ip)
      ? svc.ports.find((p) => p.nodePort === port && p.protocol === protocol)
      : svc.ports.find((p) => p.port === port && p.protocol === protocol);
    if (matched) return { namespace: svc.meta.namespace, name: svc.meta.name, port: matched.port };
  }
  return undefined;
}

/**
 * The Service a translated packet went through, from the rule's service port name ("ns/name" or
 * "ns/name:port-name"): the reference carries the Service's port, not the NodePort the client called.
 */
export function refFromSpn(cluster: Cluster, spn: string | undefined, protocol: Protocol): Trace['service'] | undefined {
  if (!spn) return undefined;
  const slash = spn.indexOf('/');
  if (slash < 0) return undefined;
  const namespace = spn.slice(0, slash);
  const rest = spn.slice(slash + 1);
  const colon = rest.indexOf(':');
  const name = colon < 0 ? rest : rest.slice(0, colon);
  const portName = colon < 0 ? '' : rest.slice(colon + 1);
  const svc = cluster.services.find((s) => s.meta.namespace === namespace && s.meta.name === name);
  const port = svc?.ports.find((p) => p.name === portName && p.protocol === protocol) ?? svc?.ports.find((p) => p.name === portName);
  return svc && port ? { namespace, name, port: port.port } : undefined;
}

/** The port an endpoint address serves for a named Service port (the SRV record of a headless Service). */
function endpointPort(cluster: Cluster, service: Service, portName: string, ip: string): number | undefined {
  for (const slice of cluster.endpointSlices) {
    if (slice.meta.namespace !== service.meta.namespace || slice.serviceName !== service.meta.name) continue;
    if (!slice.endpoints.some((e) => e.addresses.includes(ip))) continue;
    const port = slice.ports.find((p) => p.name === portName);
    if (port && port.port > 0) return port.port;
  }
  return undefined;
}
