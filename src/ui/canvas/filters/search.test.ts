import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../core';
import type { PodStack } from '../../../protocol';
import { findSearchMatches, wrapIndex } from './search';

const node = (id: string, label: string, kind: GraphNode['kind'] = 'service'): GraphNode => ({
  id,
  kind,
  label,
  namespace: 'default',
  details: [],
  status: 'ok',
  system: false,
});
const stack: PodStack = {
  id: 'stack/node1/default/Deployment/web',
  namespace: 'default',
  workload: { kind: 'Deployment', name: 'web' },
  podNames: ['web-abc-xk2p9', 'web-abc-q8w7d', 'web-abc-mm3n1'],
  ready: 3,
  terminating: 0,
};
const nodes = [node('service/default/web', 'web'), node('service/default/api', 'API'), node(stack.id, 'web ×3', 'pod'), node('node/node1', 'node1', 'node')];

describe('searching the graph by name', () => {
  it('matches names case-insensitively, in graph order', () => {
    expect(findSearchMatches(nodes, {}, 'api').map((m) => m.nodeId)).toEqual(['service/default/api']);
    expect(findSearchMatches(nodes, { [stack.id]: stack }, 'WEB').map((m) => m.nodeId)).toEqual(['service/default/web', stack.id]);
  });

  it('finds a pod hidden in a stack and points at the stack', () => {
    expect(findSearchMatches(nodes, { [stack.id]: stack }, 'q8w7')).toEqual([{ nodeId: stack.id, label: 'web ×3', inside: 'web-abc-q8w7d' }]);
  });

  it('finds an object folded into a namespace card', () => {
    const card = node('namespace/shop', 'shop', 'namespace');
    expect(findSearchMatches([card], {}, 'checkout', { [card.id]: { namespace: 'shop', memberNames: ['cart', 'checkout-api'] } })).toEqual([
      { nodeId: card.id, label: 'shop', inside: 'checkout-api' },
    ]);
  });

  it('an empty query matches nothing', () => {
    expect(findSearchMatches(nodes, {}, '  ')).toEqual([]);
  });

  it('steps through matches in a circle', () => {
    expect(wrapIndex(3, 3)).toBe(0);
    expect(wrapIndex(-1, 3)).toBe(2);
    expect(wrapIndex(5, 0)).toBe(0);
  });
});
