import type { LessonStep, Trace, TraceSource } from '../../core';
import { sourceIdOf } from '../../store';

/**
 * What a lesson step points at, as data the card words in the reader's language: the rule that matched
 * (as the node shows it), the header it changed, or the packet as it is. Names, addresses and rule text are
 * data and stay as they are.
 */
export type LookItem =
  | { readonly type: 'rule'; readonly id: string; readonly node?: string; readonly text: string }
  | { readonly type: 'change'; readonly field: 'source' | 'destination'; readonly before: string; readonly after: string }
  | { readonly type: 'packet'; readonly src: string; readonly dst: string }
  | { readonly type: 'request'; readonly from: Subject; readonly to: string }
  | { readonly type: 'place'; readonly name: Subject };

/**
 * Who or where: an object as Kubernetes names it (`Pod myapp-…`, data), or the outside client, which the
 * card words in the reader's language (with its address when it has one).
 */
export type Subject = string | { readonly client: true; readonly ip?: string };

export function lookItemsOf(step: LessonStep, trace: Trace): LookItem[] {
  const { hopIndex, nodeId } = step.lookAt;
  const hop = hopIndex === undefined ? undefined : trace.hops[hopIndex];
  if (!hop) {
    // The introduction points at the source, the result at where the request ended.
    if (nodeId !== undefined && nodeId === sourceIdOf(trace.request.source))
      return [{ type: 'request', from: sourceName(trace.request.source), to: trace.request.target }];
    return nodeId !== undefined ? [{ type: 'place', name: placeName(nodeId) }] : [];
  }
  const items: LookItem[] = [];
  if (hop.rule)
    items.push({ type: 'rule', id: hop.rule.id ?? hop.rule.chain ?? hop.rule.source, ...(hop.rule.node ? { node: hop.rule.node } : {}), text: hop.rule.text });
  if (hop.before.src !== hop.after.src) items.push({ type: 'change', field: 'source', before: hop.before.src, after: hop.after.src });
  if (hop.before.dst !== hop.after.dst) items.push({ type: 'change', field: 'destination', before: hop.before.dst, after: hop.after.dst });
  if (items.every((item) => item.type !== 'change')) items.push({ type: 'packet', src: hop.after.src, dst: hop.after.dst });
  return items;
}

function sourceName(source: TraceSource): Subject {
  switch (source.type) {
    case 'pod':
      return `Pod ${source.name}`;
    case 'node':
      return `Node ${source.name}`;
    case 'external':
      return { client: true, ...(source.ip !== undefined ? { ip: source.ip } : {}) };
  }
}

/** `pod/default/myapp-…` → `Pod myapp-…`: the kind as Kubernetes spells it, then the name. */
function placeName(nodeId: string): Subject {
  const [kind = '', ...rest] = nodeId.split('/');
  const name = rest.at(-1) ?? nodeId;
  const kinds: Readonly<Record<string, string>> = { pod: 'Pod', node: 'Node', service: 'Service', loadbalancer: 'LoadBalancer' };
  return kind === 'client' ? { client: true } : `${kinds[kind] ?? kind} ${name}`;
}
