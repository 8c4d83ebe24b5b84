/** Flow-space geometry for packets: where a node's anchor point is and which path a packet travels. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where a packet rests on a node: the centre of a card; for a Kubernetes Node (a group holding pods) the
 * middle of its top border, so it covers neither the Node's title nor a pod inside it.
 */
export function anchorPoint(id: string, box: Box): Point {
  if (id.startsWith('node/')) return { x: box.x + box.width / 2, y: box.y };
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** React Flow's default (bezier) edge: right handle → left handle with its control offsets, curvature 0.25. */
export function edgeCurve(source: Box, target: Box): [Point, Point, Point, Point] {
  const sx = source.x + source.width;
  const sy = source.y + source.height / 2;
  const tx = target.x;
  const ty = target.y + target.height / 2;
  const offset = (distance: number): number => (distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance));
  return [
    { x: sx, y: sy },
    { x: sx + offset(tx - sx), y: sy },
    { x: tx - offset(tx - sx), y: ty },
    { x: tx, y: ty },
  ];
}

export function cubicAt(p: readonly [Point, Point, Point, Point], t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p[0].x + b * p[1].x + c * p[2].x + d * p[3].x, y: a * p[0].y + b * p[1].y + c * p[2].y + d * p[3].y };
}

/** A path sampled into points with cumulative lengths, so a packet moves at even speed along it. */
export interface Polyline {
  readonly points: readonly Point[];
  readonly cumulative: readonly number[];
  readonly length: number;
}

export function polyline(points: readonly Point[]): Polyline {
  const cumulative = [0];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    cumulative.push((cumulative[i - 1] ?? 0) + Math.hypot(b.x - a.x, b.y - a.y));
  }
  return { points, cumulative, length: cumulative[cumulative.length - 1] ?? 0 };
}

export function pointAlong(line: Polyline, fraction: number): Point {
  const first = line.points[0] ?? { x: 0, y: 0 };
  if (line.length === 0 || line.points.length < 2) return first;
  const target = Math.min(1, Math.max(0, fraction)) * line.length;
  let low = 1;
  while (low < line.points.length - 1 && (line.cumulative[low] ?? 0) < target) low += 1;
  const a = line.points[low - 1] as Point;
  const b = line.points[low] as Point;
  const start = line.cumulative[low - 1] ?? 0;
  const span = (line.cumulative[low] ?? start) - start;
  const t = span > 0 ? (target - start) / span : 0;
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

const CURVE_SAMPLES = 16;

/**
 * The way between two drawn nodes. Along a drawn edge the packet follows the edge's own curve (in from the
 * source's centre, out to the target's); a reply runs the same curve backwards. Between nodes no edge
 * joins (a node's kernel to a Service), it goes straight.
 */
export function travelPath(from: { id: string; box: Box }, to: { id: string; box: Box }, edge: 'forward' | 'backward' | null): Polyline {
  const start = anchorPoint(from.id, from.box);
  const end = anchorPoint(to.id, to.box);
  if (edge === null) return polyline([start, end]);
  const [source, target] = edge === 'forward' ? [from.box, to.box] : [to.box, from.box];
  const curve = edgeCurve(source, target);
  const samples: Point[] = [];
  for (let i = 0; i <= CURVE_SAMPLES; i++) samples.push(cubicAt(curve, i / CURVE_SAMPLES));
  if (edge === 'backward') samples.reverse();
  return polyline([start, ...samples, end]);
}
