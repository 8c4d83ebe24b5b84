/**
 * WCAG 2.x contrast, as the success criteria define it (relative luminance of sRGB, ratio (L1 + 0.05) /
 * (L2 + 0.05)). Pure: the token test and anything else that must judge a colour pair use it.
 */

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** `#rgb` or `#rrggbb` (any case) → channels 0–255; anything else throws, so a token that is not a plain colour is caught. */
export function parseHexColour(text: string): Rgb {
  const hex = text.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(hex);
  const parts = short ? short.slice(1).map((c) => c + c) : long?.slice(1);
  if (!parts) throw new Error(`not a hex colour: ${JSON.stringify(text)}`);
  const [r = 0, g = 0, b = 0] = parts.map((p) => Number.parseInt(p, 16));
  return { r, g, b };
}

/** One sRGB channel (0–255) to linear light, with the WCAG threshold. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(colour: Rgb | string): number {
  const { r, g, b } = typeof colour === 'string' ? parseHexColour(colour) : colour;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** From 1 (same luminance) to 21 (black on white); the order of the two colours does not matter. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
