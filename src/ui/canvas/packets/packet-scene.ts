import type { OutcomeType } from '../../../core';
import { describeHopChanges, hopDetail, hopTitle } from '../../requests/hop-change';
import { OUTCOME_STYLE, outcomeLabel } from '../../requests/outcomes';
import type { CanvasPalette } from '../../theme/canvas-palette';
import { anchorPoint, pointAlong, travelPath, type Box, type Point, type Polyline } from './geometry';
import type { Anchor } from './hop-anchor';
import type { SceneWords } from './scene-words';
import { currentStopIndex, positionAt } from './packet-plan';
import type { PlannedPacket, RunPlan } from './run-plan';

/** What the canvas needs from React Flow this frame: drawn boxes (flow space), edges, the viewport. */
export interface SceneView {
  /** The drawn node that stands for a graph id (itself, or the stack a pod is folded into), with its box. */
  drawn(id: string): { readonly id: string; readonly box: Box } | undefined;
  /** 'forward' when a drawn edge goes a → b, 'backward' when b → a. */
  edgeBetween(a: string, b: string): 'forward' | 'backward' | null;
  /** React Flow's [x, y, zoom]. */
  readonly transform: readonly [number, number, number];
}

export interface PacketSprite {
  readonly x: number;
  readonly y: number;
  readonly colour: string;
  readonly reply: boolean;
  readonly focused: boolean;
  /** At its last stop: drawn with the outcome's mark. */
  readonly glyph?: string;
}

export interface HopLabel {
  /** Screen point the label hangs above (top centre of the node where the hop happened). */
  readonly x: number;
  readonly y: number;
  /** Below this y the label would cover the node itself: it flips under the node when it has no room above. */
  readonly bottom: number;
  readonly title: string;
  readonly lines: readonly { readonly text: string; readonly colour: string }[];
  /** What the hop did in words (the core's note), shown when no header changed; the painter wraps it. */
  readonly detail?: string;
  /** Border and leader: the outcome's colour at the last stop, ink elsewhere. */
  readonly colour: string;
}

export interface CountBadge {
  /** Screen point of the node's top-right corner. */
  readonly x: number;
  readonly y: number;
  /** 0 sits on the corner; each further badge of the same node sits to the left of the one before. */
  readonly slot: number;
  readonly text: string;
  readonly colour: string;
}

export interface LoadBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fraction: number;
}

export interface Scene {
  readonly sprites: readonly PacketSprite[];
  readonly label: HopLabel | null;
  readonly badges: readonly CountBadge[];
  readonly bars: readonly LoadBar[];
  readonly zoom: number;
}

interface Resolved {
  readonly id: string;
  readonly box: Box;
  /** Drawn as the anchor's own node (or the stack holding that pod), not a fallback. */
  readonly primary: boolean;
}

const GOLDEN_ANGLE = 2.399963;
/** Counts sit on the top border, left of the corner where the graph draws its own finding badges. */
const BADGE_INSET = 22;
/** Narrower than this on screen, a node carries no count badge. */
const MIN_BADGE_NODE_PX = 72;

/**
 * Everything to paint at playback time `timeMs`, in screen pixels. Pure: the overlay hands in what React
 * Flow drew, paints the result, and keeps nothing between frames but the canvas. Colours come from `palette`
 * (the current theme's, read by the caller once per theme). The label speaks `words`' language; English
 * without them.
 */
export function buildScene(run: RunPlan, timeMs: number, view: SceneView, focusedId: number | null, palette: CanvasPalette, words?: SceneWords): Scene {
  const [tx, ty, zoom] = view.transform;
  const toScreen = (p: Point): Point => ({ x: p.x * zoom + tx, y: p.y * zoom + ty });
  const anchors = new Map<string, Resolved | null>();
  const resolve = (anchor: Anchor): Resolved | null => {
    const key = anchor.join('|');
    let found = anchors.get(key);
    if (found === undefined) {
      found = null;
      for (const [index, id] of anchor.entries()) {
        const drawn = view.drawn(id);
        if (drawn) {
          found = { ...drawn, primary: index === 0 };
          break;
        }
      }
      anchors.set(key, found);
    }
    return found;
  };
  const paths = new Map<string, Polyline>();
  const pathBetween = (a: Resolved, b: Resolved): Polyline => {
    const key = `${a.id}>${b.id}`;
    let path = paths.get(key);
    if (!path) {
      path = travelPath(a, b, view.edgeBetween(a.id, b.id));
      paths.set(key, path);
    }
    return path;
  };

  const sprites: PacketSprite[] = [];
  let focusedSprite: PacketSprite | null = null;
  for (const planned of run.packets) {
    const focused = planned.packet.id === focusedId;
    const sprite = spriteOf(planned, lingering(planned, timeMs, focused, run.endMs), resolve, pathBetween, focused, palette);
    if (!sprite) continue;
    const screen = toScreen(sprite);
    const jitter = sprite.focused ? 0 : 2 + (planned.packet.id % 5) * 1.6;
    const angle = planned.packet.id * GOLDEN_ANGLE;
    const placed = { ...sprite, x: screen.x + Math.cos(angle) * jitter, y: screen.y + Math.sin(angle) * jitter };
    if (placed.focused) focusedSprite = placed;
    else sprites.push(placed);
  }
  // The focused packet is painted last, on top of the crowd.
  if (focusedSprite) sprites.push(focusedSprite);

  const focused = focusedId === null ? undefined : run.byId.get(focusedId);
  const label = focused ? labelOf(focused, lingering(focused, timeMs, true, run.endMs), resolve, toScreen, zoom, palette, words) : null;
  const { badges, bars } = tallyMarks(run, timeMs, resolve, toScreen, zoom, palette);
  return { sprites, label, badges, bars, zoom };
}

/**
 * The focused request stays at its last stop, mark and label shown, until the whole run ends: the trainer
 * is still talking about it while other packets finish.
 */
function lingering(planned: PlannedPacket, timeMs: number, focused: boolean, runEndMs: number): number {
  const end = planned.packet.startMs + planned.plan.endMs;
  return focused && timeMs > end && timeMs <= runEndMs ? end : timeMs;
}

function spriteOf(
  planned: PlannedPacket,
  timeMs: number,
  resolve: (anchor: Anchor) => Resolved | null,
  pathBetween: (a: Resolved, b: Resolved) => Polyline,
  focused: boolean,
  palette: CanvasPalette,
): (PacketSprite & Point) | null {
  const { plan } = planned;
  const position = positionAt(plan, timeMs - planned.packet.startMs);
  const colour = palette.outcome[plan.outcome];
  switch (position.type) {
    case 'hidden':
      return null;
    case 'at': {
      const stop = plan.stops[position.stop];
      const where = stop ? resolve(stop.anchor) : null;
      if (!stop || !where) return null;
      const point = anchorPoint(where.id, where.box);
      // An ending at a stand-in (the Node of a pod that is gone) would mark the wrong place: no mark there.
      if (position.ended && !where.primary && !focused) return null;
      return { ...point, colour, reply: stop.reply, focused, ...(position.ended ? { glyph: OUTCOME_STYLE[plan.outcome].glyph } : {}) };
    }
    case 'moving': {
      const from = plan.stops[position.from];
      const to = plan.stops[position.to];
      const a = from ? resolve(from.anchor) : null;
      const b = to ? resolve(to.anchor) : null;
      const start = a ?? b;
      const end = b ?? a;
      if (!start || !end || !to) return null;
      const point = start.id === end.id ? anchorPoint(start.id, start.box) : pointAlong(pathBetween(start, end), position.progress);
      return { ...point, colour, reply: to.reply, focused };
    }
  }
}

function labelOf(
  planned: PlannedPacket,
  timeMs: number,
  resolve: (anchor: Anchor) => Resolved | null,
  toScreen: (p: Point) => Point,
  zoom: number,
  palette: CanvasPalette,
  words: SceneWords | undefined,
): HopLabel | null {
  const elapsed = timeMs - planned.packet.startMs;
  if (elapsed < 0 || elapsed > planned.plan.endMs) return null;
  const index = currentStopIndex(planned.plan, elapsed);
  const stop = planned.plan.stops[index];
  const hop = planned.packet.trace.hops[stop?.hopIndex ?? -1];
  const where = stop ? resolve(stop.anchor) : null;
  if (!stop || !hop || !where) return null;
  const top = toScreen({ x: where.box.x + where.box.width / 2, y: where.box.y });
  const bottom = top.y + where.box.height * zoom;
  const last = index === planned.plan.stops.length - 1;
  const t = words?.t;
  const lines = describeHopChanges(hop, t).map((text) => ({ text, colour: palette.ink }));
  const title = hopTitle(hop, t);
  const detail = lines.length === 0 ? { detail: hopDetail(hop, words?.noteOf(planned.packet.trace, stop.hopIndex)) } : {};
  if (last) {
    const outcome = planned.packet.trace.outcome;
    const style = OUTCOME_STYLE[outcome.type];
    const colour = palette.outcome[outcome.type];
    const outcomeLine = { text: `${style.glyph} ${outcomeLabel(outcome, t)}`, colour };
    return { x: top.x, y: top.y, bottom, title, lines: [outcomeLine, ...lines], ...detail, colour };
  }
  return { x: top.x, y: top.y, bottom, title, lines, ...detail, colour: palette.ink };
}

/**
 * Load bars and count badges, growing as packets settle: delivered requests count on their pod, the
 * others on the place that refused or dropped them (a Node for a Local-policy drop, the Service for a
 * refusal without endpoints).
 */
function tallyMarks(
  run: RunPlan,
  timeMs: number,
  resolve: (anchor: Anchor) => Resolved | null,
  toScreen: (p: Point) => Point,
  zoom: number,
  palette: CanvasPalette,
): { badges: CountBadge[]; bars: LoadBar[] } {
  const counts = new Map<string, { where: Resolved; perOutcome: Map<OutcomeType, number> }>();
  for (const { packet, plan } of run.packets) {
    if (packet.startMs + plan.settledMs > timeMs) continue;
    const stop = plan.stops[plan.settledStop];
    const where = stop ? resolve(stop.anchor) : null;
    // A count on a fallback (the Node of a pod that is gone) would credit the wrong place.
    if (!where?.primary) continue;
    const entry = counts.get(where.id) ?? { where, perOutcome: new Map<OutcomeType, number>() };
    entry.perOutcome.set(plan.outcome, (entry.perOutcome.get(plan.outcome) ?? 0) + 1);
    counts.set(where.id, entry);
  }
  let maxDelivered = 0;
  for (const { where, perOutcome } of counts.values()) if (where.id.startsWith('pod/')) maxDelivered = Math.max(maxDelivered, perOutcome.get('delivered') ?? 0);
  const badges: CountBadge[] = [];
  const bars: LoadBar[] = [];
  for (const { where, perOutcome } of counts.values()) {
    const corner = toScreen({ x: where.box.x + where.box.width, y: where.box.y });
    let slot = 0;
    // On a node drawn smaller than its badge the badge would bury the graph: the load bar says enough there.
    const roomy = where.box.width * zoom >= MIN_BADGE_NODE_PX;
    for (const [type, count] of roomy ? perOutcome : []) {
      const style = OUTCOME_STYLE[type];
      badges.push({ x: corner.x - BADGE_INSET, y: corner.y, slot, text: `${style.glyph} ${count}`, colour: palette.outcome[type] });
      slot += 1;
    }
    const delivered = perOutcome.get('delivered') ?? 0;
    if (where.id.startsWith('pod/') && delivered > 0 && maxDelivered > 0) {
      const left = toScreen({ x: where.box.x, y: where.box.y + where.box.height });
      bars.push({ x: left.x, y: left.y, width: where.box.width * zoom, fraction: delivered / maxDelivered });
    }
  }
  return { badges, bars };
}
