import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../core';
import { changeOutOfView } from './reveal';

const node = (id: string, parentId?: string): GraphNode => ({
  id,
  kind: parentId ? 'pod' : 'service',
  label: id,
  namespace: 'default',
  details: [],
  status: 'ok',
  system: false,
  ...(parentId ? { parentId } : {}),
});
const nodes = [node('svc'), node('client'), node('group'), node('pod', 'group')];
const positions = {
  svc: { x: 100, y: 100, width: 150, height: 80 },
  client: { x: -300, y: 100, width: 150, height: 60 },
  group: { x: 400, y: 100, width: 200, height: 300 },
  pod: { x: 14, y: 250, width: 170, height: 70 },
};
const size = { width: 800, height: 500 };
const at = (zoom: number) => ({ x: 0, y: 0, zoom });

describe('revealing what a what-if changed', () => {
  it('boxes that did not change never count, wherever they are', () => {
    expect(changeOutOfView(nodes, positions, positions, at(1), size)).toBe(false);
  });

  it('a new client left of the view asks for a refit', () => {
    const { client: _client, ...before } = positions;
    expect(changeOutOfView(nodes, positions, before, at(1), size)).toBe(true);
  });

  it('a group pushed down below the view asks for a refit', () => {
    const pushed = { ...positions, group: { ...positions.group, y: 300 } };
    expect(changeOutOfView(nodes, pushed, positions, at(1), size)).toBe(true);
  });

  it('a new pod is placed by its group: inside the view at this zoom, outside when zoomed in', () => {
    const { pod: _pod, ...before } = positions;
    expect(changeOutOfView(nodes, positions, before, at(1), size)).toBe(false);
    expect(changeOutOfView(nodes, positions, before, at(1.5), size)).toBe(true);
  });
});
