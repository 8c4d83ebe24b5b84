import type { Hop, RuleRef } from '../simulate/types';
import type { HopFact, IngressRoute } from './facts';
import { ipOf } from './rule-text';
import { readRuleHop } from './read-rules';
import type { HopNarrationContext } from './types';
import { whoAt } from './who';

/** What a hop means (see facts.ts), from the hop and, when narrateTrace gives it, its surroundings. */
export function readHop(hop: Hop, context: HopNarrationContext = {}): HopFact {
  const rule = hop.rule;
  switch (hop.kind) {
    case 'dns':
      return readDns(hop);
    case 'send':
      return readSend(hop, context);
    case 'cloud-lb':
      return readCloudLb(hop);
    case 'route':
      return {
        type: 'route',
        node: hop.node ?? whoName(hop.at),
        ...(context.previousNode !== undefined && context.previousNode !== hop.node ? { from: context.previousNode } : {}),
        dst: hop.before.dst,
        reply: hop.reply === true,
      };
    case 'nat':
    case 'filter':
    case 'ipvs':
      return rule ? readRuleHop(hop, rule, context) : { type: 'rule', source: hop.kind, from: hop.before.dst, to: hop.after.dst };
    case 'masquerade':
      return {
        type: 'masquerade',
        node: hop.node ?? whoName(hop.at),
        from: ipOf(hop.before.src),
        to: ipOf(hop.after.src),
        hairpin: ipOf(hop.before.src) === ipOf(hop.before.dst),
      };
    case 'deliver': {
      const who = whoAt(hop.at);
      if (who.type === 'node') return { type: 'deliver-host', node: who.name, dst: hop.after.dst, src: hop.after.src };
      return {
        type: 'deliver-pod',
        pod: who.type === 'pod' ? who.name : hop.at,
        ...(hop.node !== undefined ? { node: hop.node } : {}),
        dst: hop.after.dst,
        src: hop.after.src,
      };
    }
    case 'ingress':
      return readIngress(hop, rule, context);
    case 'reply':
      return readReply(hop, context);
    case 'drop':
      return { type: 'dropped', who: whoAt(hop.at), dst: hop.before.dst };
  }
}

function whoName(at: string): string {
  const who = whoAt(at);
  return 'name' in who ? who.name : at;
}

function readDns(hop: Hop): HopFact {
  const name = hop.before.dst;
  const answer = hop.after.dst;
  const text = hop.rule?.text ?? '';
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (answer === name) {
    // The name stayed a name: a failure (its code ends the last query line) or an IP literal.
    if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return { type: 'dns-literal', ip: name };
    const rcode = /\b(NXDOMAIN|NODATA|SERVFAIL|REFUSED)\b/.exec(lines[lines.length - 1] ?? '')?.[1] ?? 'NXDOMAIN';
    return { type: 'dns-failure', name, rcode };
  }
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(answer) && !answer.includes(':')) return { type: 'dns-cname', name, host: answer };
  // Cluster DNS lists each query as `name TYPE: answer`; a public record is a single `name. A ip`.
  const queries = lines.filter((line) => /^\S+ [A-Z]+: /.test(line));
  const answered = queries.find((line) => line.includes(` ${answer}`));
  // Shown without the root dot: "web.default.svc.cluster.local." reads as the end of a sentence.
  const fqdn = answered?.split(' ')[0]?.replace(/\.$/, '');
  return {
    type: 'dns-answer',
    name,
    ...(fqdn !== undefined && fqdn !== name ? { fqdn } : {}),
    ip: answer,
    queries: Math.max(1, queries.length),
    cluster: queries.length > 0,
  };
}

function readSend(hop: Hop, context: HopNarrationContext): HopFact {
  const who = whoAt(hop.at, ipOf(hop.before.src));
  const target = context.request?.target ?? '';
  const url = /^(https?):\/\/([^/:?#]+)(?::\d+)?([^?#]*)/i.exec(target);
  const http = url ? { method: 'GET', host: url[2] ?? '', path: url[3] || '/' } : undefined;
  return { type: 'send', who, src: hop.before.src, dst: hop.before.dst, ...(http ? { http } : {}) };
}

function readCloudLb(hop: Hop): HopFact {
  const lb = hop.before.dst;
  const text = hop.rule?.text ?? '';
  const forward = /→ nodes (.+)$/.exec(text);
  if (forward?.[1]) return { type: 'cloud-lb-forward', lb, client: ipOf(hop.before.src), nodes: forward[1].split(', ') };
  if (text.startsWith('listeners: ')) return { type: 'cloud-lb-no-listener', lb, listeners: text.slice('listeners: '.length) };
  if (text.startsWith('allow ')) return { type: 'cloud-lb-firewall', client: ipOf(hop.before.src), ranges: text.slice('allow '.length) };
  if (text.startsWith('health check')) return { type: 'cloud-lb-unhealthy', lb, check: text };
  return { type: 'cloud-lb-other', lb, text };
}

function readIngress(hop: Hop, rule: RuleRef | undefined, context: HopNarrationContext): HopFact {
  const text = rule?.text ?? '';
  const route = ingressRoute(text);
  if (hop.after.dst !== hop.before.dst || hop.after.src !== hop.before.src) return { type: 'ingress-proxy', route, from: hop.after.src, to: hop.after.dst };
  const outcome = context.outcome;
  const status = outcome?.type === 'http-404' ? 404 : outcome?.type === 'http-status' ? outcome.status : /: (\d{3})$/.exec(text)?.[1];
  return { type: 'ingress-answer', route, ...(status !== undefined ? { status: Number(status) } : {}) };
}

/** `Ingress default/fanout: host shop.example.com path /api (Prefix) → myapp:38080`, and the other two forms. */
function ingressRoute(text: string): IngressRoute {
  const path = /^Ingress (\S+): host (\S+) path (\S+) \((\w+)\) → (\S+)$/.exec(text);
  if (path) return { type: 'path', ingress: path[1] ?? '', host: path[2] ?? '*', path: path[3] ?? '/', pathType: path[4] ?? '', backend: path[5] ?? '' };
  const fallback = /^Ingress (\S+): defaultBackend → (\S+)$/.exec(text);
  if (fallback) return { type: 'default-backend', ingress: fallback[1] ?? '', backend: fallback[2] ?? '' };
  if (text.startsWith('ingress-nginx default backend')) return { type: 'controller-default' };
  return { type: 'text', text };
}

function readReply(hop: Hop, context: HopNarrationContext): HopFact {
  const rule = hop.rule;
  if (rule?.table === 'conntrack' || (rule && (hop.after.src !== hop.before.src || hop.after.dst !== hop.before.dst))) {
    const seemsFrom = hop.after.src !== hop.before.src ? { seemsFrom: hop.after.src } : {};
    const backTo = hop.after.dst !== hop.before.dst ? { backTo: hop.after.dst } : {};
    return { type: 'reply-conntrack', node: hop.node ?? whoName(hop.at), ipvs: rule?.source === 'ipvs', ...seemsFrom, ...backTo };
  }
  const who = whoAt(hop.at, ipOf(hop.before.dst));
  if (context.replyRole === 'answer') return { type: 'reply-answer', who: whoAt(hop.at), to: hop.before.dst };
  if (context.replyRole === 'receive') return { type: 'reply-receive', who, from: hop.before.src };
  // Alone, a reply hop cannot tell answering from receiving, except at the client outside, which only receives.
  return who.type === 'client' ? { type: 'reply-receive', who, from: hop.before.src } : { type: 'reply-passes', who, src: hop.before.src, dst: hop.before.dst };
}
