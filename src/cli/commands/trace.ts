import type { Cluster, Trace, TraceSource } from '../../core/index';
import { createSimulationState, traceRequest } from '../../core/index';
import { UsageError } from '../settings-flags';

/** `--from pod/NS/NAME | node/NAME | external[:IP]`. */
export function parseSource(text: string | undefined): TraceSource {
  if (!text) throw new UsageError('trace needs --from pod/NAMESPACE/NAME, node/NAME or external[:IP]');
  if (text === 'external') return { type: 'external' };
  if (text.startsWith('external:')) return { type: 'external', ip: text.slice('external:'.length) };
  const parts = text.split('/');
  if (parts[0] === 'node' && parts.length === 2 && parts[1]) return { type: 'node', name: parts[1] };
  if (parts[0] === 'pod' && parts.length === 3 && parts[1] && parts[2]) return { type: 'pod', namespace: parts[1], name: parts[2] };
  if (parts[0] === 'pod' && parts.length === 2 && parts[1]) return { type: 'pod', namespace: 'default', name: parts[1] };
  throw new UsageError(`--from "${text}": use pod/NAMESPACE/NAME, node/NAME or external[:IP]`);
}

/** The documented JSON shape of a trace (README, "trace"). */
export function traceToJson(trace: Trace): unknown {
  const o = trace.outcome;
  return {
    hops: trace.hops.map((h) => ({
      kind: h.kind,
      at: h.at,
      node: h.node ?? null,
      before: h.before,
      after: h.after,
      rule: h.rule?.text ?? null,
      ...(h.rule?.id ? { ruleId: h.rule.id } : {}),
      note: h.note,
      timeMs: h.timeMs,
      ...(h.reply ? { reply: true } : {}),
    })),
    outcome: {
      type: o.type,
      podName: o.type === 'delivered' ? o.podName : null,
      podIP: o.type === 'delivered' ? o.podIP : null,
      ...(o.type === 'delivered' ? { namespace: o.podNamespace, port: o.port, nodeName: o.nodeName } : {}),
      ...(o.type === 'http-status' ? { status: o.status } : {}),
      reason: 'reason' in o ? o.reason : `delivered to ${o.type === 'delivered' ? o.podName : ''}`,
    },
    ...(trace.service ? { service: trace.service } : {}),
  };
}

export interface TraceOptions {
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
  readonly viaNode?: string;
}

export function runTrace(cluster: Cluster, from: TraceSource, to: string, count: number, seed: number, options: TraceOptions = {}): unknown[] {
  const state = createSimulationState(seed);
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    // One request per simulated second, so ClientIP affinity timeouts behave as in a real session.
    state.nowMs = i * 1000;
    out.push(traceToJson(traceRequest(cluster, { source: from, target: to, ...options }, state)));
  }
  return out;
}
