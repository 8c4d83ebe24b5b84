import type { Trace, TraceSource } from '../simulate/types';
import type { HopFact } from './facts';
import { narrateTrace } from './narrate';
import { readHop } from './read-hop';
import { hopContexts } from './narrate';
import type { NarrationLang, LessonExample, LessonStep } from './types';
import { graphNodeOf } from './who';

/**
 * A lesson: the example's own introduction, then one step per hop of the trace of its request, then how
 * it ended. Each step says what to look at, so the UI can highlight the graph node, the hop and the rule.
 * The trace is the caller's (the request comes from lessonRequestFor), so the lesson plays exactly what
 * the canvas animates.
 */
export function lessonFor(example: LessonExample, trace: Trace, lang: NarrationLang): readonly LessonStep[] {
  const narration = narrateTrace(trace, lang);
  const contexts = hopContexts(trace);
  const source = sourceNode(trace.request.source);
  const intro: LessonStep = {
    title: lang === 'zh' ? (example.titleZh ?? example.title) : example.title,
    narration: `${lang === 'zh' ? (example.descriptionZh ?? example.description) : example.description} ${requestSentence(trace, lang)}`,
    lookAt: source !== undefined ? { nodeId: source } : {},
  };
  const hops = trace.hops.map((hop, hopIndex): LessonStep => {
    const nodeId = graphNodeOf(hop.at);
    return {
      title: stepTitle(readHop(hop, contexts[hopIndex] ?? {}), lang),
      narration: narration.hops[hopIndex] ?? '',
      lookAt: { ...(nodeId !== undefined ? { nodeId } : {}), hopIndex, ...(hop.rule?.id !== undefined ? { ruleId: hop.rule.id } : {}) },
    };
  });
  const end = endNode(trace);
  const outcome: LessonStep = { title: lang === 'zh' ? '结果' : 'Result', narration: narration.outcome, lookAt: end !== undefined ? { nodeId: end } : {} };
  return [intro, ...hops, outcome];
}

function requestSentence(trace: Trace, lang: NarrationLang): string {
  const source = trace.request.source;
  const target = trace.request.target;
  switch (source.type) {
    case 'pod':
      return lang === 'zh' ? `现在从 Pod ${source.name} 访问 ${target}。` : `Now Pod ${source.name} calls ${target}.`;
    case 'node':
      return lang === 'zh' ? `现在在节点 ${source.name} 上访问 ${target}。` : `Now node ${source.name} calls ${target}.`;
    case 'external':
      return lang === 'zh'
        ? `现在从集群外的客户端${source.ip ? ` ${source.ip}` : ''}访问 ${target}。`
        : `Now a client outside the cluster${source.ip ? ` (${source.ip})` : ''} calls ${target}.`;
  }
}

function sourceNode(source: TraceSource): string | undefined {
  switch (source.type) {
    case 'pod':
      return graphNodeOf(`pod/${source.namespace}/${source.name}`);
    case 'node':
      return graphNodeOf(`node/${source.name}`);
    case 'external':
      return graphNodeOf('client');
  }
}

/** Where the request ended: the pod or node that answered, else the last place the packet was seen. */
function endNode(trace: Trace): string | undefined {
  const outcome = trace.outcome;
  if (outcome.type === 'delivered') return graphNodeOf(`pod/${outcome.podNamespace}/${outcome.podName}`);
  if (outcome.type === 'delivered-host') return graphNodeOf(`node/${outcome.nodeName}`);
  const last = [...trace.hops].reverse().find((hop) => !hop.reply);
  return last ? graphNodeOf(last.at) : sourceNode(trace.request.source);
}

/** A few words for the step list. */
function stepTitle(fact: HopFact, lang: NarrationLang): string {
  const zh = lang === 'zh';
  switch (fact.type) {
    case 'dns-answer':
    case 'dns-literal':
    case 'dns-cname':
    case 'dns-failure':
      return zh ? 'DNS 解析' : 'DNS lookup';
    case 'send':
      return zh ? '发出请求' : 'Send';
    case 'cloud-lb-forward':
    case 'cloud-lb-no-listener':
    case 'cloud-lb-firewall':
    case 'cloud-lb-unhealthy':
    case 'cloud-lb-other':
      return zh ? '云负载均衡器' : 'Cloud load balancer';
    case 'route':
      return fact.reply ? (zh ? `回包到 ${fact.node}` : `Back to ${fact.node}`) : zh ? `到达 ${fact.node}` : `To ${fact.node}`;
    case 'dnat':
    case 'ipvs-pick':
      return 'DNAT';
    case 'masquerade':
      return zh ? 'SNAT（masquerade）' : 'SNAT (masquerade)';
    case 'random-pick':
    case 'nft-random':
      return zh ? '随机选择 endpoint' : 'Random endpoint';
    case 'affinity':
    case 'nft-affinity':
      return 'sessionAffinity';
    case 'ipvs-lookup':
    case 'ipvs-no-real-server':
      return 'IPVS';
    case 'service-match':
    case 'to-nodeports':
    case 'nodeport-match':
    case 'mark-for-masquerade':
    case 'mark-set':
    case 'mark-clear':
    case 'endpoint-jump':
    case 'local-jump':
    case 'jump':
    case 'no-masquerade':
    case 'return':
    case 'accept':
    case 'reject':
    case 'drop':
    case 'verdict-map':
    case 'nft-lookup':
      return fact.chain;
    case 'rule':
      return fact.chain ?? fact.source;
    case 'deliver-pod':
    case 'deliver-host':
      return zh ? '送达' : 'Delivered';
    case 'ingress-proxy':
    case 'ingress-answer':
      return 'Ingress';
    case 'reply-answer':
    case 'reply-passes':
      return zh ? '回包' : 'Reply';
    case 'reply-conntrack':
      return 'conntrack';
    case 'reply-receive':
      return zh ? '收到回包' : 'Reply received';
    case 'dropped':
      return zh ? '丢弃' : 'Dropped';
  }
}
