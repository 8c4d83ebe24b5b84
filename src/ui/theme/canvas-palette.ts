import type { OutcomeType } from '../../core';
import { parseHexColour } from './contrast';

/**
 * The colours the packet canvas paints with. A canvas cannot use var(), so the overlay reads these tokens
 * from the page's computed style once per theme (see live-theme.ts) and hands the palette to the painter.
 */
export interface CanvasPalette {
  /** Hop label lines, and the label's border and leader away from the last stop. */
  readonly ink: string;
  /** The hop label's title line. */
  readonly inkSecondary: string;
  /** Behind the hop label (painted nearly opaque). */
  readonly labelBackground: string;
  /** The disc behind every packet, end mark and count badge, so it stands out on cards and edges alike. */
  readonly halo: string;
  /** The thin line around each halo (painted translucent). */
  readonly rim: string;
  /** Marks and counts written on an outcome's colour. */
  readonly onOutcome: string;
  readonly loadTrack: string;
  readonly loadFill: string;
  readonly outcome: Readonly<Record<OutcomeType, string>>;
}

type Plain = Exclude<keyof CanvasPalette, 'outcome'>;

/** Which token each colour comes from (tokens are defined in app.css, for both themes). */
export const CANVAS_TOKENS: Readonly<Record<Plain, string>> = {
  ink: '--text',
  inkSecondary: '--text-secondary',
  labelBackground: '--surface',
  halo: '--packet-halo',
  rim: '--packet-rim',
  onOutcome: '--on-badge',
  loadTrack: '--load-track',
  loadFill: '--load-fill',
};

/** Outcomes that mean the same to a viewer share a colour (their marks and words still differ). */
export const OUTCOME_TOKENS: Readonly<Record<OutcomeType, string>> = {
  delivered: '--outcome-delivered',
  'delivered-outside': '--outcome-delivered-outside',
  'delivered-host': '--outcome-delivered-outside',
  refused: '--outcome-refused',
  dropped: '--outcome-dropped',
  timeout: '--outcome-timeout',
  nxdomain: '--outcome-nxdomain',
  'http-404': '--outcome-http',
  'http-status': '--outcome-http',
  cname: '--outcome-cname',
};

/**
 * The light theme's values, for painting where no style sheet is (unit tests, a document still loading).
 * theme-tokens.test.ts checks that they equal app.css's light tokens.
 */
export const LIGHT_CANVAS_PALETTE: CanvasPalette = {
  ink: '#0f172a',
  inkSecondary: '#334155',
  labelBackground: '#ffffff',
  halo: '#ffffff',
  rim: '#0f172a',
  onOutcome: '#ffffff',
  loadTrack: '#cbd5e1',
  loadFill: '#16a34a',
  outcome: {
    delivered: '#15803d',
    'delivered-outside': '#0e7490',
    'delivered-host': '#0e7490',
    refused: '#dc2626',
    dropped: '#111827',
    timeout: '#b45309',
    nxdomain: '#9333ea',
    'http-404': '#c2410c',
    'http-status': '#c2410c',
    cname: '#0369a1',
  },
};

function isHex(value: string): boolean {
  try {
    parseHexColour(value);
    return true;
  } catch {
    return false;
  }
}

function mapValues<K extends string>(
  names: Readonly<Record<K, string>>,
  read: (token: string) => string,
  fallback: Readonly<Record<K, string>>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[]) {
    // A token the style sheet lacks reads as '', and the painter needs #rrggbb (it adds alpha itself): paint
    // anything else as the light theme does rather than fail every frame.
    const value = read(names[key]).trim();
    out[key] = isHex(value) ? value : fallback[key];
  }
  return out;
}

/** A palette from a token reader, e.g. `(name) => getComputedStyle(root).getPropertyValue(name)`. */
export function canvasPaletteFrom(read: (token: string) => string): CanvasPalette {
  const { outcome: lightOutcome, ...lightPlain } = LIGHT_CANVAS_PALETTE;
  return { ...mapValues(CANVAS_TOKENS, read, lightPlain), outcome: mapValues(OUTCOME_TOKENS, read, lightOutcome) };
}
