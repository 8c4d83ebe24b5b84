import type { CanvasPalette } from '../../theme/canvas-palette';
import { parseHexColour } from '../../theme/contrast';
import type { CountBadge, HopLabel, LoadBar, PacketSprite, Scene } from './packet-scene';

/** Same stacks as --font-sans and --font-mono in app.css (a canvas cannot read CSS variables). */
const SANS = "'Inter', 'Segoe UI', system-ui, -apple-system, Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
const MONO = "ui-monospace, 'SF Mono', 'Cascadia Mono', 'JetBrains Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace";

/**
 * Paints one frame. Sizes are in screen pixels: labels stay readable at any zoom, packets shrink a little.
 * `palette` is the theme's (outcome colours already sit in the scene).
 */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, width: number, height: number, pixelRatio: number, palette: CanvasPalette): void {
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  for (const bar of scene.bars) paintBar(ctx, bar, scene.zoom, palette);
  // A crowd of packets would hide the graph: the more there are, the smaller each (the focused one keeps its size).
  const radius = Math.min(9, Math.max(4.5, 8 * Math.sqrt(scene.zoom)));
  const crowdRadius = scene.sprites.length > 12 ? Math.max(3.5, radius * 0.65) : radius;
  const crowd = scene.sprites.filter((s) => !s.focused && !s.glyph);
  paintCrowd(ctx, crowd, crowdRadius, palette);
  for (const sprite of scene.sprites) if (!sprite.focused && sprite.glyph) paintSprite(ctx, sprite, crowdRadius, palette);
  paintBadges(ctx, scene.badges, palette);
  if (scene.label) paintLabel(ctx, scene.label, width, height, palette);
  // The focused packet goes over its own label: the label may lie on the packet's way.
  for (const sprite of scene.sprites) if (sprite.focused) paintSprite(ctx, sprite, radius, palette);
}

function paintBar(ctx: CanvasRenderingContext2D, bar: LoadBar, zoom: number, palette: CanvasPalette): void {
  // Straddles the card's bottom border, so it never covers the pod's text.
  const inset = Math.max(4, 10 * zoom);
  const thickness = zoom >= 0.6 ? 6 : 4;
  const x = bar.x + inset;
  const y = bar.y - thickness / 2;
  const full = Math.max(4, bar.width - 2 * inset);
  ctx.fillStyle = palette.halo;
  ctx.fillRect(x - 1, y - 1, full + 2, thickness + 2);
  ctx.fillStyle = palette.loadTrack;
  ctx.fillRect(x, y, full, thickness);
  ctx.fillStyle = palette.loadFill;
  ctx.fillRect(x, y, Math.max(2, full * bar.fraction), thickness);
}

/**
 * Hundreds of packets in a handful of path operations: one path for every halo, one per colour and
 * leg (request discs, reply rings). State changes, not circles, are what a 2D canvas pays for.
 */
function paintCrowd(ctx: CanvasRenderingContext2D, sprites: readonly PacketSprite[], r: number, palette: CanvasPalette): void {
  if (sprites.length === 0) return;
  const halo = r + Math.min(2.5, r * 0.4);
  ctx.beginPath();
  for (const s of sprites) {
    ctx.moveTo(s.x + halo, s.y);
    ctx.arc(s.x, s.y, halo, 0, Math.PI * 2);
  }
  ctx.fillStyle = palette.halo;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = withAlpha(palette.rim, 0.55);
  ctx.stroke();
  const groups = new Map<string, PacketSprite[]>();
  for (const s of sprites) {
    const key = `${s.colour}|${s.reply ? 'reply' : 'request'}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const ring = Math.max(2, r * 0.45);
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const inner = first.reply ? r - ring / 2 : r;
    ctx.beginPath();
    for (const s of group) {
      ctx.moveTo(s.x + inner, s.y);
      ctx.arc(s.x, s.y, inner, 0, Math.PI * 2);
    }
    if (first.reply) {
      ctx.lineWidth = ring;
      ctx.strokeStyle = first.colour;
      ctx.stroke();
    } else {
      ctx.fillStyle = first.colour;
      ctx.fill();
    }
  }
}

function paintSprite(ctx: CanvasRenderingContext2D, sprite: PacketSprite, baseRadius: number, palette: CanvasPalette): void {
  const r = sprite.focused ? baseRadius * 1.5 : baseRadius;
  if (sprite.focused) {
    ctx.beginPath();
    ctx.arc(sprite.x, sprite.y, r * 2.3, 0, Math.PI * 2);
    ctx.fillStyle = withAlpha(sprite.colour, 0.22);
    ctx.fill();
  }
  if (sprite.glyph) {
    paintEndMark(ctx, sprite, r * 1.35, palette);
    return;
  }
  // A halo and a thin rim keep the packet visible on cards and on coloured edges alike.
  ctx.beginPath();
  ctx.arc(sprite.x, sprite.y, r + Math.min(2.5, r * 0.4), 0, Math.PI * 2);
  ctx.fillStyle = palette.halo;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = withAlpha(palette.rim, 0.55);
  ctx.stroke();
  ctx.beginPath();
  if (sprite.reply) {
    // The way back is a ring: same colour, visibly a different leg of the trip.
    const ring = Math.max(2, r * 0.45);
    ctx.arc(sprite.x, sprite.y, r - ring / 2, 0, Math.PI * 2);
    ctx.lineWidth = ring;
    ctx.strokeStyle = sprite.colour;
    ctx.stroke();
  } else {
    ctx.arc(sprite.x, sprite.y, r, 0, Math.PI * 2);
    ctx.fillStyle = sprite.colour;
    ctx.fill();
  }
}

function paintEndMark(ctx: CanvasRenderingContext2D, sprite: PacketSprite, r: number, palette: CanvasPalette): void {
  ctx.beginPath();
  ctx.arc(sprite.x, sprite.y, r + 2.5, 0, Math.PI * 2);
  ctx.fillStyle = palette.halo;
  ctx.fill();
  ctx.beginPath();
  ctx.arc(sprite.x, sprite.y, r, 0, Math.PI * 2);
  ctx.fillStyle = sprite.colour;
  ctx.fill();
  ctx.fillStyle = palette.onOutcome;
  ctx.font = `800 ${Math.round(r * 1.25)}px ${SANS}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(sprite.glyph ?? '', sprite.x, sprite.y + 1);
}

function paintBadges(ctx: CanvasRenderingContext2D, badges: readonly CountBadge[], palette: CanvasPalette): void {
  ctx.font = `700 12px ${SANS}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  // Badges of one node share a corner: lay them out right to left in slot order.
  let rightEdge = 0;
  for (const badge of badges) {
    const w = ctx.measureText(badge.text).width + 12;
    if (badge.slot === 0) rightEdge = badge.x + 8;
    const x = rightEdge - w;
    rightEdge = x - 3;
    const y = badge.y - 10;
    roundRect(ctx, x, y, w, 20, 10);
    ctx.fillStyle = badge.colour;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = palette.halo;
    ctx.stroke();
    ctx.fillStyle = palette.onOutcome;
    ctx.fillText(badge.text, x + w / 2, y + 10.5);
  }
}

/** Splits words into at most `maxLines` lines no wider than `maxWidth`; the last line ends in … when cut. */
export function wrapText(words: string, maxWidth: number, maxLines: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words.split(/\s+/).filter(Boolean)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= maxWidth || current === '') current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1] ?? ''}…`;
  while (last.length > 1 && measure(last) > maxWidth) last = `${last.slice(0, -2)}…`;
  kept[maxLines - 1] = last;
  return kept;
}

const LABEL_MAX_WIDTH = 380;
/** Below this canvas width the label drops its prose line and narrows, so it does not hide the graph. */
const NARROW_CANVAS = 640;

function paintLabel(ctx: CanvasRenderingContext2D, label: HopLabel, width: number, height: number, palette: CanvasPalette): void {
  const titleFont = `600 12.5px ${SANS}`;
  const lineFont = `700 14px ${MONO}`;
  const detailFont = `400 12.5px ${SANS}`;
  const padX = 10;
  const narrow = width < NARROW_CANVAS;
  const maxText = Math.min(LABEL_MAX_WIDTH, narrow ? width * 0.7 : width - 8) - 2 * padX;
  ctx.font = detailFont;
  const detail = label.detail && !narrow ? wrapText(label.detail, maxText, 2, (t) => ctx.measureText(t).width) : [];
  let textWidth = 0;
  for (const line of detail) textWidth = Math.max(textWidth, ctx.measureText(line).width);
  ctx.font = titleFont;
  textWidth = Math.max(textWidth, ctx.measureText(label.title).width);
  ctx.font = lineFont;
  for (const line of label.lines) textWidth = Math.max(textWidth, ctx.measureText(line.text).width);
  const w = Math.min(maxText + 2 * padX, textWidth + 2 * padX);
  const h = 8 + 17 + label.lines.length * 20 + detail.length * 17 + 7;
  const gap = 10;
  const above = label.y - gap - h >= 4 || label.bottom + gap + h > height;
  const y = above ? label.y - gap - h : label.bottom + gap;
  const x = Math.min(width - 4 - w, Math.max(4, label.x - w / 2));
  // A short leader from the label to the node, so it is clear which node the hop belongs to.
  ctx.beginPath();
  ctx.moveTo(label.x, above ? y + h : y);
  ctx.lineTo(label.x, above ? label.y : label.bottom);
  ctx.lineWidth = 2;
  ctx.strokeStyle = label.colour;
  ctx.stroke();
  roundRect(ctx, x, y, w, h, 8);
  ctx.fillStyle = withAlpha(palette.labelBackground, 0.97);
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = label.colour;
  ctx.stroke();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  let cursor = y + 8 + 8;
  ctx.font = titleFont;
  ctx.fillStyle = palette.inkSecondary;
  ctx.fillText(label.title, x + padX, cursor, w - 2 * padX);
  cursor += 9;
  ctx.font = lineFont;
  for (const line of label.lines) {
    ctx.fillStyle = line.colour;
    ctx.fillText(line.text, x + padX, cursor + 10, w - 2 * padX);
    cursor += 20;
  }
  ctx.font = detailFont;
  ctx.fillStyle = palette.ink;
  for (const line of detail) {
    ctx.fillText(line, x + padX, cursor + 9);
    cursor += 17;
  }
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** `#16a34a` (or `#1a4`) → `rgba(22, 163, 74, a)`. */
export function withAlpha(hex: string, alpha: number): string {
  const { r, g, b } = parseHexColour(hex);
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
