import type { Hop, Trace } from '../simulate/types';
import { happensOnNode } from './facts';
import { narrateOutcome } from './outcome';
import { arrivalEn, hopEn } from './phrases-en';
import { arrivalZh, hopZh } from './phrases-zh';
import { readHop } from './read-hop';
import type { HopNarrationContext, NarrationLang } from './types';

/**
 * Lesson narration: one short sentence per hop, generated from the trace (the rule each hop points at,
 * the packet before and after), so it works on any pasted cluster, in English or Chinese.
 */
export function narrateHop(hop: Hop, lang: NarrationLang, context: HopNarrationContext = {}): string {
  const fact = readHop(hop, context);
  const sentence = lang === 'zh' ? hopZh(fact) : hopEn(fact);
  // A rule sentence names its chain, not the node: say where the packet is when that changes.
  if (happensOnNode(hop) && hop.node !== undefined && hop.node !== context.previousNode) {
    // Chinese needs no space after its full stop.
    return lang === 'zh' ? `${arrivalZh(hop.node)}${sentence}` : `${arrivalEn(hop.node)} ${sentence}`;
  }
  return sentence;
}

export interface TraceNarration {
  /** One sentence per hop, index for index with `trace.hops`. */
  readonly hops: readonly string[];
  readonly outcome: string;
}

export function narrateTrace(trace: Trace, lang: NarrationLang): TraceNarration {
  const contexts = hopContexts(trace);
  return {
    hops: trace.hops.map((hop, i) => narrateHop(hop, lang, contexts[i] ?? {})),
    outcome: narrateOutcome(trace.outcome, lang),
  };
}

/**
 * Each hop's surroundings: the node of the hop before, and for rule-less reply hops whether a server
 * answers or a client receives. A reply hop after a non-reply hop answers; one right after a receive at
 * the same place answers too (ingress-nginx receives the backend's reply, then answers its client).
 */
export function hopContexts(trace: Trace): readonly HopNarrationContext[] {
  const contexts: HopNarrationContext[] = [];
  let previous: Hop | undefined;
  let previousRole: HopNarrationContext['replyRole'];
  for (const hop of trace.hops) {
    let replyRole: HopNarrationContext['replyRole'];
    if (hop.kind === 'reply' && !hop.rule) {
      const answersAfterReceive = previous?.kind === 'reply' && !previous.rule && previousRole === 'receive' && previous.at === hop.at;
      replyRole = previous?.reply !== true || answersAfterReceive ? 'answer' : 'receive';
    }
    const previousNode = previous?.node;
    contexts.push({
      ...(previousNode !== undefined ? { previousNode } : {}),
      ...(replyRole ? { replyRole } : {}),
      request: trace.request,
      outcome: trace.outcome,
    });
    previous = hop;
    previousRole = replyRole;
  }
  return contexts;
}
