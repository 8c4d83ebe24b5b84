import type { TraceSource } from '../../core';
import type { ClusterTargets } from './cluster-targets';
import { englishRequestsT, type RequestsT } from './requests-t';

export const CLIENT_ID = 'client/external';

/** A graph id as the core's trace source; null for an id that names no source. */
export function toTraceSource(id: string): TraceSource | null {
  if (id === CLIENT_ID) return { type: 'external' };
  const parts = id.split('/');
  if (parts[0] === 'node' && parts.length === 2 && parts[1]) return { type: 'node', name: parts[1] };
  if (parts[0] === 'pod' && parts.length === 3 && parts[1] && parts[2]) return { type: 'pod', namespace: parts[1], name: parts[2] };
  return null;
}

export interface SourceOption {
  readonly id: string;
  readonly label: string;
}

export interface SourceGroup {
  readonly label: string;
  readonly options: readonly SourceOption[];
}

/**
 * The outside client first (it is where most questions start), then Nodes, then pods by namespace. A caller
 * that passes no `t` gets English.
 */
export function sourceGroups(targets: ClusterTargets, clientIP?: string, t: RequestsT = englishRequestsT()): SourceGroup[] {
  const client = clientIP ? t('clientAt', { ip: clientIP }) : t('client');
  const groups: SourceGroup[] = [{ label: t('outsideCluster'), options: [{ id: CLIENT_ID, label: client }] }];
  if (targets.nodes.length > 0)
    groups.push({ label: t('nodes'), options: targets.nodes.map((n) => ({ id: n.id, label: n.ip ? `${n.name} ${n.ip}` : n.name })) });
  if (targets.pods.length > 0)
    groups.push({
      label: t('pods'),
      options: targets.pods.map((p) => ({ id: p.id, label: `${p.namespace === 'default' ? '' : `${p.namespace}/`}${p.name}${p.ip ? ` ${p.ip}` : ''}` })),
    });
  return groups;
}

/** A pod is where in-cluster requests usually start; without pods, a worker Node; else the outside client. */
export function defaultSource(targets: ClusterTargets): string {
  return targets.pods[0]?.id ?? targets.nodes.find((n) => !n.controlPlane)?.id ?? targets.nodes[0]?.id ?? CLIENT_ID;
}

/** The chosen source while it still exists (a scaled-away pod does not), else the default. */
export function effectiveSource(chosen: string, targets: ClusterTargets): string {
  if (chosen === CLIENT_ID) return chosen;
  const exists = chosen.startsWith('pod/') ? targets.pods.some((p) => p.id === chosen) : targets.nodes.some((n) => n.id === chosen);
  return exists ? chosen : defaultSource(targets);
}

/** A source inside the cluster: the chosen one if it is, else the default in-cluster one. */
export function inClusterSource(chosen: string, targets: ClusterTargets): string {
  const current = effectiveSource(chosen, targets);
  if (current !== CLIENT_ID) return current;
  return targets.pods[0]?.id ?? targets.nodes.find((n) => !n.controlPlane)?.id ?? targets.nodes[0]?.id ?? CLIENT_ID;
}
