import { nodeId } from '../graph/build-graph';
import type { Who } from './types';

/** `pod/default/busybox`, `node/node1`, `client`, `cloud-lb/default/web`, `dns` → who. */
export function whoAt(at: string, clientIP?: string): Who {
  const [kind = '', ...rest] = at.split('/');
  if (kind === 'pod' && rest.length === 2) return { type: 'pod', namespace: rest[0] ?? '', name: rest[1] ?? '' };
  if (kind === 'node' && rest.length === 1) return { type: 'node', name: rest[0] ?? '' };
  if (kind === 'client') return clientIP !== undefined ? { type: 'client', ip: clientIP } : { type: 'client' };
  if (kind === 'cloud-lb' && rest.length === 2) return { type: 'load-balancer', namespace: rest[0] ?? '', name: rest[1] ?? '' };
  if (kind === 'dns') return { type: 'dns' };
  return { type: 'other', at };
}

/** The graph node (buildGraph's ids) that stands for where a hop happens; DNS has none. */
export function graphNodeOf(at: string): string | undefined {
  const who = whoAt(at);
  switch (who.type) {
    case 'pod':
      return nodeId.pod(who.namespace, who.name);
    case 'node':
      return nodeId.node(who.name);
    case 'client':
      return nodeId.client();
    case 'load-balancer':
      return nodeId.loadBalancer(who.namespace, who.name);
    case 'dns':
    case 'other':
      return undefined;
  }
}
