import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { anchorPoint, edgeCurve, pointAlong, polyline, travelPath } from './geometry';

const service = { x: 0, y: 0, width: 100, height: 60 };
const endpoints = { x: 300, y: 100, width: 120, height: 80 };

describe('packet geometry', () => {
  it('follows the same curve React Flow draws for an edge', () => {
    const [p0, c1, c2, p3] = edgeCurve(service, endpoints);
    const [path] = getBezierPath({
      sourceX: p0.x,
      sourceY: p0.y,
      sourcePosition: Position.Right,
      targetX: p3.x,
      targetY: p3.y,
      targetPosition: Position.Left,
    });
    expect(path).toBe(`M${p0.x},${p0.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${p3.x},${p3.y}`);
  });

  it('a packet at a Node sits on its top border, elsewhere at the centre', () => {
    expect(anchorPoint('node/node1', { x: 0, y: 0, width: 200, height: 300 })).toEqual({ x: 100, y: 0 });
    expect(anchorPoint('service/default/web', service)).toEqual({ x: 50, y: 30 });
  });

  it('moves at even speed along a path', () => {
    const line = polyline([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 30 },
    ]);
    expect(line.length).toBe(40);
    expect(pointAlong(line, 0.25)).toEqual({ x: 10, y: 0 });
    expect(pointAlong(line, 0.5)).toEqual({ x: 10, y: 10 });
    expect(pointAlong(line, 2)).toEqual({ x: 10, y: 30 });
  });

  it('runs an edge from centre to centre, and a reply runs it backwards', () => {
    const forward = travelPath({ id: 'service/a', box: service }, { id: 'endpoints/a', box: endpoints }, 'forward');
    const back = travelPath({ id: 'endpoints/a', box: endpoints }, { id: 'service/a', box: service }, 'backward');
    expect(forward.points[0]).toEqual({ x: 50, y: 30 });
    expect(forward.points.at(-1)).toEqual({ x: 360, y: 140 });
    expect(back.points.map((p) => `${p.x},${p.y}`)).toEqual([...forward.points].reverse().map((p) => `${p.x},${p.y}`));
  });

  it('goes straight where no edge joins two nodes', () => {
    const straight = travelPath({ id: 'node/node1', box: { x: 0, y: 0, width: 200, height: 300 } }, { id: 'service/a', box: endpoints }, null);
    expect(straight.points).toHaveLength(2);
  });
});
