/**
 * The iptables rules one node's kube-proxy writes (pkg/proxy/iptables syncProxyRules), in the exact
 * order of §1.3: for each service port the clusterIP, externalIP, LB and NodePort captures, then the
 * KUBE-SVC/SVL/EXT/FW/SEP chains.
 */
import type { Cluster } from '../../model/types';
import { endpointChainName, serviceChainName } from './hash';
import { createTableBuilder, type TableBuilder } from './iptables-builder';
import type { IptablesRuleset, L4Proto, MatchModule, RuleSpec } from './iptables-types';
import { addBuiltinJumps, addStaticChains, addTrailingRules } from './iptables-static';
import type { ProxyOptions } from './options';
import { effectiveProbability, kernelProbabilityValue, writtenProbability } from './probability';
import { buildProxyView, rangesContainNode, type ProxiedServicePort, type ProxyEndpoint, type ProxyView } from './service-ports';

/** kube-proxy's largeClusterEndpointsThreshold. */
export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;

interface Context {
  readonly filter: TableBuilder;
  readonly nat: TableBuilder;
  readonly view: ProxyView;
  readonly largeClusterMode: boolean;
}

const comment = (text: string): MatchModule => ({ type: 'comment', text });
const l4 = (proto: L4Proto, dport?: number): MatchModule => (dport === undefined ? { type: 'l4', proto } : { type: 'l4', proto, dport });
const to = (cidr: string) => ({ cidr, negated: false });
const jump = (chain: string) => ({ type: 'jump', chain }) as const;

/** The chains of one service port; the four service chains share one hash. */
export function chainsOf(port: ProxiedServicePort) {
  return {
    svc: serviceChainName('SVC', port.spn, port.proto),
    svl: serviceChainName('SVL', port.spn, port.proto),
    ext: serviceChainName('EXT', port.spn, port.proto),
    fw: serviceChainName('FW', port.spn, port.proto),
    sep: (ep: ProxyEndpoint) => endpointChainName(port.spn, port.proto, ep.endpoint),
  };
}

/** `-m comment --comment X -m <proto> -p <proto> -d <ip> --dport <port>`: a capture of ip:port. */
function capture(port: ProxiedServicePort, text: string, ip: string, dport: number, target: RuleSpec['target']): RuleSpec {
  return {
    destination: to(ip),
    protocol: port.proto,
    matches: [comment(text), l4(port.proto, dport)],
    ...(target ? { target } : {}),
    servicePortName: port.spn,
  };
}

function writeCaptures(ctx: Context, port: ProxiedServicePort): void {
  const { filter, nat } = ctx;
  const d = port.decisions;
  const c = chainsOf(port);
  const internalChain = d.internalPolicyChain === 'SVL' ? c.svl : c.svc;
  const lbChain = d.usesFWChain ? c.fw : c.ext;
  const filterRule = (f: NonNullable<typeof d.internalFilter>) => ({ text: `${port.spn} ${f.reason}`, target: { type: f.target } });

  if (d.hasInternalEndpoints) {
    nat.add('KUBE-SERVICES', capture(port, `${port.spn} cluster IP`, port.clusterIP, port.port, jump(internalChain)));
  } else if (d.internalFilter) {
    const f = filterRule(d.internalFilter);
    filter.add('KUBE-SERVICES', capture(port, f.text, port.clusterIP, port.port, f.target));
  }
  for (const ip of port.externalIPs) {
    if (d.hasEndpoints) nat.add('KUBE-SERVICES', capture(port, `${port.spn} external IP`, ip, port.port, jump(c.ext)));
    if (d.externalFilter) {
      const f = filterRule(d.externalFilter);
      filter.add('KUBE-EXTERNAL-SERVICES', capture(port, f.text, ip, port.port, f.target));
    }
  }
  for (const ip of port.loadBalancerIPs) {
    if (d.hasEndpoints) nat.add('KUBE-SERVICES', capture(port, `${port.spn} loadbalancer IP`, ip, port.port, jump(lbChain)));
    if (d.usesFWChain) {
      const text = `${port.spn} traffic not accepted by ${c.fw}`;
      filter.add('KUBE-PROXY-FIREWALL', capture(port, text, ip, port.port, { type: 'DROP' }));
    }
  }
  if (d.externalFilter) {
    const f = filterRule(d.externalFilter);
    for (const ip of port.loadBalancerIPs) filter.add('KUBE-EXTERNAL-SERVICES', capture(port, f.text, ip, port.port, f.target));
  }
  if (port.nodePort !== 0) {
    if (d.hasEndpoints) {
      if (ctx.view.options.localhostNodePorts && ctx.view.options.nfacct) {
        nat.add('KUBE-NODEPORTS', {
          destination: to('127.0.0.0/8'),
          protocol: port.proto,
          matches: [comment(port.spn), l4(port.proto, port.nodePort), { type: 'nfacct', name: 'localhost_nps_accepted_pkts' }],
          target: jump(c.ext),
          servicePortName: port.spn,
        });
      }
      nat.add('KUBE-NODEPORTS', {
        protocol: port.proto,
        matches: [comment(port.spn), l4(port.proto, port.nodePort)],
        target: jump(c.ext),
        servicePortName: port.spn,
      });
    }
    if (d.externalFilter) {
      const f = filterRule(d.externalFilter);
      filter.add('KUBE-EXTERNAL-SERVICES', {
        protocol: port.proto,
        matches: [comment(f.text), { type: 'addrtype', dstType: 'LOCAL' }, l4(port.proto, port.nodePort)],
        target: f.target,
        servicePortName: port.spn,
      });
    }
  }
  if (port.healthCheckNodePort !== 0) {
    // Always TCP, and written whether or not this node has local endpoints.
    filter.add('KUBE-NODEPORTS', {
      protocol: 'tcp',
      matches: [comment(`${port.spn} health check node port`), l4('tcp', port.healthCheckNodePort)],
      target: { type: 'ACCEPT' },
      servicePortName: port.spn,
    });
  }
}

function writeServiceChains(ctx: Context, port: ProxiedServicePort): void {
  const { nat, view } = ctx;
  const d = port.decisions;
  const c = chainsOf(port);
  const internalChain = d.internalPolicyChain === 'SVL' ? c.svl : c.svc;
  const spn = port.spn;
  const cidr = view.options.clusterCIDR;

  if (d.usesExternalTrafficChain) nat.declare(c.ext);
  if (d.usesFWChain) nat.declare(c.fw);

  if (d.hasInternalEndpoints && (view.options.masqueradeAll || cidr !== '')) {
    // Off-cluster sources reaching a clusterIP (e.g. via a static route to a node) must be SNATed.
    const source = view.options.masqueradeAll ? {} : { source: { cidr, negated: true } };
    nat.add(internalChain, { ...capture(port, `${spn} cluster IP`, port.clusterIP, port.port, jump('KUBE-MARK-MASQ')), ...source });
  }
  if (d.usesExternalTrafficChain) {
    if (!d.externalPolicyLocal) {
      nat.add(c.ext, { matches: [comment(`masquerade traffic for ${spn} external destinations`)], target: jump('KUBE-MARK-MASQ'), servicePortName: spn });
    } else {
      if (cidr !== '') {
        // Pods reaching an external IP are treated as if they went out to the LB and came back.
        nat.add(c.ext, { source: to(cidr), matches: [comment(`pod traffic for ${spn} external destinations`)], target: jump(c.svc), servicePortName: spn });
      }
      const local = { type: 'addrtype', srcType: 'LOCAL' } as const;
      nat.add(c.ext, { matches: [comment(`masquerade LOCAL traffic for ${spn} external destinations`), local], target: jump('KUBE-MARK-MASQ'), servicePortName: spn });
      nat.add(c.ext, { matches: [comment(`route LOCAL traffic for ${spn} external destinations`), local], target: jump(c.svc), servicePortName: spn });
    }
    if (d.hasExternalEndpoints) nat.add(c.ext, { matches: [], target: jump(d.externalPolicyChain === 'SVL' ? c.svl : c.svc), servicePortName: spn });
  }
  if (d.usesFWChain) {
    const lbComment = comment(`${spn} loadbalancer IP`);
    for (const range of port.loadBalancerSourceRanges) nat.add(c.fw, { source: to(range), matches: [lbComment], target: jump(c.ext), servicePortName: spn });
    // A node reaching its own LB VIP loops back with the VIP as source.
    if (rangesContainNode(port, view.nodeIP)) {
      for (const ip of port.loadBalancerIPs) nat.add(c.fw, { source: to(ip), matches: [lbComment], target: jump(c.ext), servicePortName: spn });
    }
    nat.add(c.fw, { matches: [comment(`other traffic to ${spn} will be dropped by KUBE-PROXY-FIREWALL`)], servicePortName: spn });
  }
  if (d.usesClusterPolicyChain) writeServiceToEndpointRules(ctx, port, c.svc, port.categorized.clusterEndpoints);
  if (d.usesLocalPolicyChain) writeServiceToEndpointRules(ctx, port, c.svl, port.categorized.localEndpoints);

  for (const ep of port.categorized.allReachableEndpoints) {
    const chain = c.sep(ep);
    nat.declare(chain);
    const svcComment = ctx.largeClusterMode ? [] : [comment(spn)];
    // Hairpin: an endpoint reaching itself through the service must be SNATed or the reply skips the DNAT.
    nat.add(chain, { source: to(ep.ip), matches: svcComment, target: jump('KUBE-MARK-MASQ'), servicePortName: spn });
    const affinity: MatchModule[] = port.stickyMaxAgeSeconds === undefined ? [] : [{ type: 'recent', name: chain, action: 'set' }];
    nat.add(chain, {
      protocol: port.proto,
      matches: [...svcComment, ...affinity, l4(port.proto)],
      target: { type: 'DNAT', ip: ep.ip, port: ep.port },
      servicePortName: spn,
    });
  }
}

function writeServiceToEndpointRules(ctx: Context, port: ProxiedServicePort, chain: string, endpoints: readonly ProxyEndpoint[]): void {
  const c = chainsOf(port);
  ctx.nat.declare(chain);
  const commentFor = (ep: ProxyEndpoint): MatchModule[] => (ctx.largeClusterMode ? [] : [comment(`${port.spn} -> ${ep.endpoint}`)]);
  if (port.stickyMaxAgeSeconds !== undefined) {
    // Affinity checks come before every random rule, so a known client skips the lottery.
    for (const ep of endpoints) {
      const recent: MatchModule = { type: 'recent', name: c.sep(ep), action: 'rcheck', seconds: port.stickyMaxAgeSeconds, reap: true };
      ctx.nat.add(chain, { matches: [...commentFor(ep), recent], target: jump(c.sep(ep)), servicePortName: port.spn });
    }
  }
  endpoints.forEach((ep, i) => {
    const remaining = endpoints.length - i;
    const statistic: MatchModule[] = [];
    if (remaining > 1) {
      const written = writtenProbability(remaining, ctx.view.options.version);
      statistic.push({ type: 'statistic', written, kernelValue: kernelProbabilityValue(written), probability: effectiveProbability(written) });
    }
    ctx.nat.add(chain, { matches: [...commentFor(ep), ...statistic], target: jump(c.sep(ep)), servicePortName: port.spn });
  });
}

/** The filter and nat tables a node holds for this cluster, from an already built proxy view. */
export function buildIptablesFromView(view: ProxyView): IptablesRuleset {
  const filter = createTableBuilder('filter');
  const nat = createTableBuilder('nat');
  const ctx: Context = { filter, nat, view, largeClusterMode: view.totalEndpoints > LARGE_CLUSTER_ENDPOINTS_THRESHOLD };
  addBuiltinJumps(filter, nat);
  addStaticChains(filter, nat, view.options);
  for (const port of view.servicePorts) {
    writeCaptures(ctx, port);
    writeServiceChains(ctx, port);
  }
  addTrailingRules(filter, nat, view.options);
  return { nodeName: view.nodeName, tables: [filter.build(), nat.build()], largeClusterMode: ctx.largeClusterMode };
}

export function buildIptables(cluster: Cluster, nodeName: string, options: Partial<ProxyOptions> = {}): IptablesRuleset {
  return buildIptablesFromView(buildProxyView(cluster, nodeName, options));
}
