/**
 * kube-proxy's nftables mode (pkg/proxy/nftables, GA in v1.33): one `ip kube-proxy` table, dispatch by
 * verdict maps instead of rule lists, one `numgen` rule per service chain instead of a probability chain.
 */
import type { Cluster } from '../../model/types';
import { nftEndpointChainBase, nftServicePortChainBase } from './hash';
import { MASQUERADE_MARK } from './iptables-static';
import { renderNftRule } from './nft-render';
import type { NftAction, NftBaseChain, NftChain, NftElement, NftMatch, NftRuleSpec, NftSet, NftTable } from './nftables-types';
import type { ProxyOptions } from './options';
import { buildProxyView, rangesContainNode, type ProxiedServicePort, type ProxyEndpoint, type ProxyView } from './service-ports';

const DSTNAT = -100;
const SRCNAT = 100;
const BASE_CHAINS: readonly (readonly [string, NftBaseChain])[] = [
  ['filter-prerouting', { type: 'filter', hook: 'prerouting', priority: DSTNAT - 10 }],
  ['filter-input', { type: 'filter', hook: 'input', priority: DSTNAT - 10 }],
  ['filter-forward', { type: 'filter', hook: 'forward', priority: DSTNAT - 10 }],
  ['filter-output', { type: 'filter', hook: 'output', priority: DSTNAT - 10 }],
  // Runs after DNAT so it sees the translated destination of locally generated packets.
  ['filter-output-post-dnat', { type: 'filter', hook: 'output', priority: DSTNAT + 10 }],
  ['nat-prerouting', { type: 'nat', hook: 'prerouting', priority: DSTNAT }],
  ['nat-output', { type: 'nat', hook: 'output', priority: DSTNAT }],
  ['nat-postrouting', { type: 'nat', hook: 'postrouting', priority: SRCNAT }],
];

/** [destination chain, source base chain, ct state new?]: `reject` is only valid in input/forward/output hooks. */
const JUMPS: readonly (readonly [string, string, boolean])[] = [
  ['nodeport-endpoints-check', 'filter-input', true],
  ['service-endpoints-check', 'filter-input', true],
  ['service-endpoints-check', 'filter-forward', true],
  ['service-endpoints-check', 'filter-output', true],
  ['firewall-check', 'filter-prerouting', true],
  ['firewall-check', 'filter-output', true],
  ['services', 'nat-output', false],
  ['services', 'nat-prerouting', false],
  ['masquerading', 'nat-postrouting', false],
  ['cluster-ips-check', 'filter-forward', true],
  ['cluster-ips-check', 'filter-output-post-dnat', true],
];

interface Builder {
  chain(name: string, extra?: Pick<NftChain, 'base' | 'comment'>): void;
  add(chain: string, rule: NftRuleSpec): void;
  set(set: Omit<NftSet, 'elements'>): void;
  element(set: string, element: NftElement): void;
  build(view: ProxyView): NftTable;
}

function createBuilder(): Builder {
  const chains = new Map<string, { extra: Pick<NftChain, 'base' | 'comment'>; rules: NftRuleSpec[] }>();
  const sets = new Map<string, { set: Omit<NftSet, 'elements'>; elements: Map<string, NftElement> }>();
  return {
    chain: (name, extra = {}) => void (chains.has(name) || chains.set(name, { extra, rules: [] })),
    add: (chain, rule) => chains.get(chain)?.rules.push(rule),
    set: (set) => void (sets.has(set.name) || sets.set(set.name, { set, elements: new Map() })),
    element: (set, element) => {
      const key = element.key.join(' . ');
      const elements = sets.get(set)?.elements;
      if (elements && !elements.has(key)) elements.set(key, element);
    },
    build: (view) => ({
      nodeName: view.nodeName,
      family: 'ip',
      name: 'kube-proxy',
      comment: 'rules for kube-proxy',
      sets: [...sets.values()].map(({ set, elements }) => ({ ...set, elements: [...elements.values()] })),
      chains: [...chains].map(([name, { extra, rules }]) => ({
        name,
        ...extra,
        rules: rules.map((spec, index) => ({
          ...spec,
          id: `nft/${name}#${index}`,
          chain: name,
          index,
          written: renderNftRule(spec, false),
          text: renderNftRule(spec, true),
        })),
      })),
    }),
  };
}

const goto = (chain: string): NftAction => ({ type: 'goto', chain });
const jump = (chain: string): NftAction => ({ type: 'jump', chain });
const vmap = (key: 'daddr-proto-dport' | 'proto-dport', map: string): NftAction => ({ type: 'vmap', key, map });
const notLocalhost: NftMatch = { type: 'ip', field: 'daddr', negated: true, values: ['127.0.0.0/8'] };

function setupTable(b: Builder, options: ProxyView['options']): void {
  for (const [name, base] of BASE_CHAINS) b.chain(name, { base });
  for (const [dst, src, ctNew] of JUMPS) {
    b.chain(dst);
    b.add(src, { matches: ctNew ? [{ type: 'ct-state-new' }] : [], action: jump(dst) });
  }
  b.chain('mark-for-masquerade');
  b.add('mark-for-masquerade', { matches: [], action: { type: 'mark-or', mark: MASQUERADE_MARK } });
  b.add('masquerading', { matches: [{ type: 'mark-unset', mark: MASQUERADE_MARK }], action: { type: 'return' } });
  b.add('masquerading', { matches: [], action: { type: 'mark-xor', mark: MASQUERADE_MARK } });
  b.add('masquerading', { matches: [], action: { type: 'masquerade', fullyRandom: true } });

  b.set({ name: 'cluster-ips', kind: 'set', type: 'ipv4_addr', flags: [], comment: 'Active ClusterIPs' });
  const ipIn = (set: string): NftMatch => ({ type: 'ip-in-set', field: 'daddr', set });
  b.add('cluster-ips-check', { matches: [ipIn('cluster-ips')], action: { type: 'reject' }, comment: 'Reject traffic to invalid ports of ClusterIPs' });
  const serviceCIDRs = options.serviceCIDR.split(',').map((c) => c.trim()).filter((c) => c !== '');
  if (serviceCIDRs.length > 0) {
    const matches: NftMatch[] = [{ type: 'ip', field: 'daddr', negated: false, values: serviceCIDRs }];
    b.add('cluster-ips-check', { matches, action: { type: 'drop' }, comment: 'Drop traffic to unallocated ClusterIPs' });
  }
  // nodeport-ips is created and deleted again when --nodeport-addresses matches everything (the default).
  const verdictMap = (name: string, key: string, comment: string): void =>
    b.set({ name, kind: 'map', type: `${key} : verdict`, flags: [], comment });
  verdictMap('no-endpoint-services', 'ipv4_addr . inet_proto . inet_service', 'vmap to drop or reject packets to services with no endpoints');
  verdictMap('no-endpoint-nodeports', 'inet_proto . inet_service', 'vmap to drop or reject packets to service nodeports with no endpoints');
  b.chain('reject-chain', { comment: 'helper for @no-endpoint-services / @no-endpoint-nodeports' });
  b.add('reject-chain', { matches: [], action: { type: 'reject' } });
  b.add('service-endpoints-check', { matches: [], action: vmap('daddr-proto-dport', 'no-endpoint-services') });
  b.add('nodeport-endpoints-check', { matches: [notLocalhost], action: vmap('proto-dport', 'no-endpoint-nodeports') });
  verdictMap('firewall-ips', 'ipv4_addr . inet_proto . inet_service', 'destinations that are subject to LoadBalancerSourceRanges');
  b.add('firewall-check', { matches: [], action: vmap('daddr-proto-dport', 'firewall-ips') });
  verdictMap('service-ips', 'ipv4_addr . inet_proto . inet_service', 'ClusterIP, ExternalIP and LoadBalancer IP traffic');
  verdictMap('service-nodeports', 'inet_proto . inet_service', 'NodePort traffic');
  b.add('services', { matches: [], action: vmap('daddr-proto-dport', 'service-ips') });
  b.add('services', { matches: [{ type: 'fib-local', field: 'daddr' }, notLocalhost], action: vmap('proto-dport', 'service-nodeports') });
}

/** Chain names of one service port in nftables mode. */
export function nftChainsOf(port: ProxiedServicePort) {
  const base = nftServicePortChainBase(port, port.proto);
  const epBase = (ep: ProxyEndpoint) => nftEndpointChainBase(port, port.proto, ep.ip, ep.port);
  return {
    service: `service-${base}`,
    local: `local-${base}`,
    external: `external-${base}`,
    firewall: `firewall-${base}`,
    endpoint: (ep: ProxyEndpoint) => `endpoint-${epBase(ep)}`,
    affinity: (ep: ProxyEndpoint) => `affinity-${epBase(ep)}`,
  };
}

function writeServicePort(b: Builder, view: ProxyView, port: ProxiedServicePort): void {
  const d = port.decisions;
  const c = nftChainsOf(port);
  const spn = port.spn;
  const reachable = port.categorized.allReachableEndpoints;
  for (const ep of reachable) b.chain(c.endpoint(ep));
  if (d.usesClusterPolicyChain) b.chain(c.service);
  if (d.usesLocalPolicyChain) b.chain(c.local);
  if (d.usesExternalTrafficChain) b.chain(c.external);
  const internalChain = d.internalPolicyChain === 'SVL' ? c.local : c.service;
  const verdict = (f: typeof d.internalFilter): string => (f?.target === 'DROP' ? 'drop' : 'goto reject-chain');
  const triple = (ip: string): string[] => [ip, port.proto, String(port.port)];

  b.element('cluster-ips', { key: [port.clusterIP] });
  if (d.hasInternalEndpoints) b.element('service-ips', { key: triple(port.clusterIP), value: `goto ${internalChain}` });
  else b.element('no-endpoint-services', { key: triple(port.clusterIP), value: verdict(d.internalFilter), comment: spn });
  for (const ip of port.externalIPs) {
    if (d.hasEndpoints) b.element('service-ips', { key: triple(ip), value: `goto ${c.external}` });
    if (d.externalFilter) b.element('no-endpoint-services', { key: triple(ip), value: verdict(d.externalFilter), comment: spn });
  }
  // Unlike iptables mode, the firewall is checked in the filter hooks, before (and whatever) DNAT.
  const usesFWChain = port.loadBalancerIPs.length > 0 && port.loadBalancerSourceRanges.length > 0;
  if (usesFWChain) b.chain(c.firewall);
  for (const ip of port.loadBalancerIPs) {
    if (d.hasEndpoints) b.element('service-ips', { key: triple(ip), value: `goto ${c.external}` });
    if (usesFWChain) b.element('firewall-ips', { key: triple(ip), value: `goto ${c.firewall}` });
  }
  if (d.externalFilter) {
    for (const ip of port.loadBalancerIPs) b.element('no-endpoint-services', { key: triple(ip), value: verdict(d.externalFilter), comment: spn });
  }
  if (port.nodePort !== 0) {
    const key = [port.proto, String(port.nodePort)];
    if (d.hasEndpoints) b.element('service-nodeports', { key, value: `goto ${c.external}` });
    if (d.externalFilter) b.element('no-endpoint-nodeports', { key, value: verdict(d.externalFilter), comment: spn });
  }

  const svcPort: NftMatch[] = [
    { type: 'ip', field: 'daddr', negated: false, values: [port.clusterIP] },
    { type: 'dport', proto: port.proto, port: port.port },
  ];
  const cidr = view.options.clusterCIDR;
  if (d.hasInternalEndpoints && (view.options.masqueradeAll || cidr !== '')) {
    const offCluster: NftMatch[] = view.options.masqueradeAll ? [] : [{ type: 'ip', field: 'saddr', negated: true, values: [cidr] }];
    b.add(internalChain, { matches: [...svcPort, ...offCluster], action: jump('mark-for-masquerade'), servicePortName: spn });
  }
  if (d.usesExternalTrafficChain) {
    if (!d.externalPolicyLocal) b.add(c.external, { matches: [], action: jump('mark-for-masquerade'), servicePortName: spn });
    else {
      if (cidr !== '') {
        const fromPods: NftMatch = { type: 'ip', field: 'saddr', negated: false, values: [cidr] };
        b.add(c.external, { matches: [fromPods], action: goto(c.service), comment: 'short-circuit pod traffic', servicePortName: spn });
      }
      const fromNode: NftMatch = { type: 'fib-local', field: 'saddr' };
      b.add(c.external, { matches: [fromNode], action: jump('mark-for-masquerade'), comment: 'masquerade local traffic', servicePortName: spn });
      b.add(c.external, { matches: [fromNode], action: goto(c.service), comment: 'short-circuit local traffic', servicePortName: spn });
    }
    if (d.hasExternalEndpoints) b.add(c.external, { matches: [], action: goto(d.externalPolicyChain === 'SVL' ? c.local : c.service), servicePortName: spn });
  }
  if (usesFWChain) {
    const sources = [...port.loadBalancerSourceRanges, ...(rangesContainNode(port, view.nodeIP) ? port.loadBalancerIPs : [])];
    b.add(c.firewall, { matches: [{ type: 'ip', field: 'saddr', negated: true, values: sources }], action: { type: 'drop' }, servicePortName: spn });
  }
  if (port.stickyMaxAgeSeconds !== undefined) {
    for (const ep of reachable) {
      b.set({ name: c.affinity(ep), kind: 'set', type: 'ipv4_addr', flags: ['dynamic', 'timeout'], timeoutSeconds: port.stickyMaxAgeSeconds });
    }
  }
  const toEndpoints = (chain: string, endpoints: readonly ProxyEndpoint[]): void => {
    if (port.stickyMaxAgeSeconds !== undefined) {
      for (const ep of endpoints) {
        b.add(chain, { matches: [{ type: 'ip-in-set', field: 'saddr', set: c.affinity(ep) }], action: goto(c.endpoint(ep)), servicePortName: spn });
      }
    }
    b.add(chain, { matches: [], action: { type: 'numgen', chains: endpoints.map(c.endpoint) }, servicePortName: spn });
  };
  if (d.usesClusterPolicyChain) toEndpoints(c.service, port.categorized.clusterEndpoints);
  if (d.usesLocalPolicyChain) toEndpoints(c.local, port.categorized.localEndpoints);
  for (const ep of reachable) {
    const chain = c.endpoint(ep);
    b.add(chain, { matches: [{ type: 'ip', field: 'saddr', negated: false, values: [ep.ip] }], action: jump('mark-for-masquerade'), servicePortName: spn });
    if (port.stickyMaxAgeSeconds !== undefined) b.add(chain, { matches: [], action: { type: 'set-update', set: c.affinity(ep) }, servicePortName: spn });
    b.add(chain, { matches: [{ type: 'l4proto', proto: port.proto }], action: { type: 'dnat', ip: ep.ip, port: ep.port }, servicePortName: spn });
  }
}

export function buildNftablesFromView(view: ProxyView): NftTable {
  const b = createBuilder();
  setupTable(b, view.options);
  for (const port of view.servicePorts) writeServicePort(b, view, port);
  return b.build(view);
}

export function buildNftables(cluster: Cluster, nodeName: string, options: Partial<ProxyOptions> = {}): NftTable {
  return buildNftablesFromView(buildProxyView(cluster, nodeName, options));
}
