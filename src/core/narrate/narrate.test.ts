import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import type { Hop, HopKind, Outcome, OutcomeType, RuleRef, Trace } from '../simulate/types';
import { traceRequest } from '../simulate/trace';
import { EXAMPLES } from '../../examples';
import { narrateHop, narrateTrace } from './narrate';
import { narrateOutcome } from './outcome';
import { CLIENT, clusterOf, coverageTraces, OUTSIDE, traceOf } from './test-fixtures';
import type { NarrationLang } from './types';

const LANGS: readonly NarrationLang[] = ['en', 'zh'];
const traces = coverageTraces();

/** A sentence is finished text: no hole left by a missing value, and it ends as its language ends sentences. */
function expectSentence(text: string, lang: NarrationLang): void {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/undefined|null|NaN|\[object|\$\{|\{\w+\}|\s{2,}/);
  expect(text).toMatch(lang === 'zh' ? /。$/ : /[.]$/);
  // Chinese sentences keep Latin only for names and terms, never English prose.
  // (Quoted rule comments are the rule's own text, in whatever language the rule has.)
  if (lang === 'zh') expect(text.replace(/“[^”]*”|"[^"]*"/g, '')).not.toMatch(/ (the|and|is|to|from|of|with) /);
}

function kindsIn(all: readonly Trace[]): Set<HopKind> {
  return new Set(all.flatMap((t) => t.hops.map((h) => h.kind)));
}

describe('narration covers every hop kind, outcome and rule source', () => {
  // Records keyed by the unions: adding a hop kind, an outcome or a rule source to the core fails to compile here.
  const hopKinds: Record<HopKind, true> = {
    send: true,
    dns: true,
    'cloud-lb': true,
    nat: true,
    filter: true,
    ipvs: true,
    route: true,
    masquerade: true,
    ingress: true,
    deliver: true,
    reply: true,
    drop: true,
  };
  const outcomeTypes: Record<OutcomeType, true> = {
    delivered: true,
    'delivered-outside': true,
    'delivered-host': true,
    refused: true,
    dropped: true,
    timeout: true,
    nxdomain: true,
    'http-404': true,
    'http-status': true,
    cname: true,
  };
  const ruleSources: Record<RuleRef['source'], true> = { iptables: true, ipvs: true, nftables: true, dns: true, ingress: true, cloud: true };

  it('the coverage traces take every hop kind the engine produces, every outcome and every rule source', () => {
    const kinds = kindsIn(traces);
    // `drop` is in the type for hops that stop a packet without a rule; the engine records those as outcomes today.
    expect([...kinds].sort()).toEqual(
      Object.keys(hopKinds)
        .filter((k) => k !== 'drop')
        .sort(),
    );
    expect(new Set(traces.map((t) => t.outcome.type))).toEqual(new Set(Object.keys(outcomeTypes)));
    expect(new Set(traces.flatMap((t) => t.hops.flatMap((h) => (h.rule ? [h.rule.source] : []))))).toEqual(new Set(Object.keys(ruleSources)));
  });

  it.each(LANGS)('every hop of every coverage trace gets one finished sentence in %s', (lang) => {
    for (const trace of traces) {
      const narration = narrateTrace(trace, lang);
      expect(narration.hops).toHaveLength(trace.hops.length);
      for (const sentence of narration.hops) expectSentence(sentence, lang);
      expectSentence(narration.outcome, lang);
    }
  });

  it.each(LANGS)('a drop hop, which no engine writes yet, is narrated in %s', (lang) => {
    const drop: Hop = {
      kind: 'drop',
      at: 'node/node2',
      node: 'node2',
      before: { src: '10.244.3.4:40000', dst: '10.96.0.5:80' },
      after: { src: '10.244.3.4:40000', dst: '10.96.0.5:80' },
      note: 'dropped',
      timeMs: 1,
    };
    const sentence = narrateHop(drop, lang, { previousNode: 'node2' });
    expectSentence(sentence, lang);
    expect(sentence).toContain('10.96.0.5:80');
  });

  it.each(LANGS)('every outcome type is narrated in %s from its own fields', (lang) => {
    const outcomes: Record<OutcomeType, Outcome> = {
      delivered: { type: 'delivered', podNamespace: 'default', podName: 'web-1', podIP: '10.244.1.5', port: 8080, nodeName: 'node1' },
      'delivered-outside': { type: 'delivered-outside', ip: '192.0.2.44', port: 5432, reason: 'outside' },
      'delivered-host': { type: 'delivered-host', nodeName: 'control-plane', ip: '192.168.49.2', port: 6443, reason: 'host' },
      refused: { type: 'refused', reason: 'default/empty has no endpoints' },
      dropped: { type: 'dropped', reason: 'no local endpoints.' },
      timeout: { type: 'timeout', reason: 'nobody answers' },
      nxdomain: { type: 'nxdomain', name: 'nope', reason: 'no such Service' },
      'http-404': { type: 'http-404', reason: 'no rule matches' },
      'http-status': { type: 'http-status', status: 503, reason: 'no endpoints' },
      cname: { type: 'cname', target: 'api.example.com', reason: 'ExternalName' },
    };
    for (const outcome of Object.values(outcomes)) expectSentence(narrateOutcome(outcome, lang), lang);
    expect(narrateOutcome(outcomes.dropped, 'en')).toBe('Dropped: no local endpoints.');
    expect(narrateOutcome({ type: 'http-status', status: 308, reason: 'tls' }, 'zh')).toContain('308');
  });
});

describe('the sentences the lesson is built from', () => {
  const example = EXAMPLES.find((e) => e.id === 'myapp-clusterip');
  if (!example) throw new Error('the myapp-clusterip example is gone');
  const cluster = buildCluster(example.manifests, example.settings ?? {});
  const trace = traceRequest(cluster, { source: { type: 'pod', namespace: 'default', name: 'myapp-7c59564448-lzlwn' }, target: '10.96.3.215:38080' });
  const hop = (chainPrefix: string): Hop => {
    const found = trace.hops.find((h) => h.rule?.chain?.startsWith(chainPrefix));
    if (!found) throw new Error(`no hop in ${chainPrefix}`);
    return found;
  };

  it('name the chain kube-proxy jumps through, with the Service address it matched', () => {
    const services = hop('KUBE-SERVICES');
    const target = /-j (KUBE-SVC-\w+)/.exec(services.rule?.text ?? '')?.[1];
    expect(narrateHop(services, 'en', { previousNode: services.node ?? '' })).toBe(
      `kube-proxy's KUBE-SERVICES chain matches 10.96.3.215:38080 and jumps to ${target}.`,
    );
    expect(narrateHop(services, 'zh', { previousNode: services.node ?? '' })).toBe(
      `kube-proxy 的 KUBE-SERVICES 链匹配到 10.96.3.215:38080，跳转到 ${target} 链。`,
    );
  });

  it('say first where the packet is when a rule hop is narrated on its own', () => {
    const services = hop('KUBE-SERVICES');
    expect(narrateHop(services, 'en')).toMatch(new RegExp(`^The packet reaches ${services.node}\\. kube-proxy's KUBE-SERVICES chain matches`));
    expect(narrateHop(services, 'zh')).toMatch(new RegExp(`^数据包到达 ${services.node}。kube-proxy 的 KUBE-SERVICES 链`));
  });

  it('give the DNAT with the endpoint it picked', () => {
    const sep = hop('KUBE-SEP-');
    expect(narrateHop(sep, 'en', { previousNode: sep.node ?? '' })).toBe(`${sep.rule?.chain} rewrites the destination to ${sep.after.dst} (DNAT).`);
    expect(narrateHop(sep, 'zh', { previousNode: sep.node ?? '' })).toBe(`${sep.rule?.chain} 把目的地址改写为 ${sep.after.dst}（DNAT）。`);
  });

  it('give the SNAT of a NodePort call from outside with both addresses', () => {
    const nodePort = EXAMPLES.find((e) => e.id === 'nginx-nodeport');
    if (!nodePort) throw new Error('the nginx-nodeport example is gone');
    const web = traceRequest(buildCluster(nodePort.manifests, nodePort.settings ?? {}), { source: OUTSIDE, target: '192.168.49.3:32143' });
    expect(narrateTrace(web, 'en').hops).toContain('On the way out node1 masquerades the source: 203.0.113.10 becomes 192.168.49.3 (SNAT).');
    expect(narrateTrace(web, 'zh').hops).toContain('离开 node1 时做 masquerade：源地址 203.0.113.10 变为 192.168.49.3（SNAT）。');
  });

  it('tell how conntrack makes the reply seem to come from the address the client called', () => {
    const narration = narrateTrace(trace, 'en');
    const index = trace.hops.findIndex((h) => h.rule?.table === 'conntrack');
    expect(narration.hops[index]).toBe(`conntrack on ${trace.hops[index]?.node} reverses the translation: the reply seems to come from 10.96.3.215:38080.`);
    expect(narrateTrace(trace, 'zh').hops[index]).toBe(`${trace.hops[index]?.node} 上的 conntrack 反向转换地址：回包看起来来自 10.96.3.215:38080。`);
  });

  it('tell the server answering from the client receiving, and ingress-nginx doing both', () => {
    const ingress = traceOf(clusterOf(), { source: OUTSIDE, target: 'http://shop.example.com/' });
    const narration = narrateTrace(ingress, 'en').hops;
    const replies = ingress.hops.flatMap((h, i) => (h.kind === 'reply' && !h.rule ? [narration[i] ?? ''] : []));
    expect(replies).toEqual([
      expect.stringMatching(/^Pod web-\S+ replies to 10\.244\.\d+\.\d+:\d+, the source it saw\.$/),
      expect.stringMatching(/^Pod ingress-nginx-controller-\S+ receives the reply from 10\.244\.\d+\.\d+:8080\.$/),
      expect.stringMatching(/^Pod ingress-nginx-controller-\S+ replies to 203\.0\.113\.10:\d+, the source it saw\.$/),
      expect.stringMatching(/^The client 203\.0\.113\.10 receives the reply from \d+\.\d+\.\d+\.\d+:80\.$/),
    ]);
  });

  it('read the request the client sends over HTTP from the trace', () => {
    const ingress = traceOf(clusterOf(), { source: OUTSIDE, target: 'http://shop.example.com/cart?x=1' });
    expect(narrateTrace(ingress, 'en').hops[1]).toMatch(/^The client 203\.0\.113\.10 sends GET \/cart with Host: shop\.example\.com to \S+:80\.$/);
    expect(narrateTrace(ingress, 'zh').hops[1]).toMatch(/发送 HTTP 请求 GET \/cart（Host: shop\.example\.com）。$/);
  });

  it('narrate IPVS and nftables choices with their own words', () => {
    const ipvs = narrateTrace(traceOf(clusterOf({ proxyMode: 'ipvs' }), { source: CLIENT, target: 'web' }), 'en').hops.join('\n');
    expect(ipvs).toMatch(/IPVS on node3 finds the virtual server \S+:80 \(the address is bound to kube-ipvs0\), with 3 real servers\./);
    expect(ipvs).toMatch(/The IPVS scheduler \(rr\) picks the real server 10\.244\.\d+\.\d+:8080/);
    const nft = narrateTrace(traceOf(clusterOf({ proxyMode: 'nftables' }), { source: CLIENT, target: 'web' }), 'zh').hops.join('\n');
    expect(nft).toMatch(/链在 3 个 endpoint 中随机选择一个（numgen random mod 3）。/);
  });
});

describe('narration on every built-in example', () => {
  it.each(EXAMPLES.map((e) => [e.id, e] as const))('%s: its suggested request reads as finished sentences in both languages', (_id, example) => {
    const cluster = buildCluster(example.manifests, example.settings ?? {});
    if (!example.suggestedRequest) return;
    const trace = traceRequest(cluster, example.suggestedRequest);
    for (const lang of LANGS) {
      const narration = narrateTrace(trace, lang);
      for (const sentence of [...narration.hops, narration.outcome]) expectSentence(sentence, lang);
    }
  });
});
