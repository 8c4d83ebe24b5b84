import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OUTCOME_STYLE } from '../requests/outcomes';
import { CANVAS_TOKENS, LIGHT_CANVAS_PALETTE, OUTCOME_TOKENS, canvasPaletteFrom } from './canvas-palette';
import { contrastRatio, parseHexColour } from './contrast';
import { CONTRAST_PAIRS } from './contrast-pairs';
import { readThemeTokens, type ThemeName } from './css-tokens';

/**
 * The real app.css, both themes: a colour change that breaks a contrast target, a token a style sheet uses
 * but no theme defines, or a canvas fallback out of step with the light theme fails here.
 */
const UI = fileURLToPath(new URL('../', import.meta.url));
const APP_CSS = readFileSync(join(UI, 'app.css'), 'utf8');
const TOKENS = readThemeTokens(APP_CSS);
const THEMES: readonly ThemeName[] = ['light', 'dark'];
/** A value written as a colour (hex, a colour function, a colour name): lengths, fonts and channel lists are not. */
const COLOUR_LIKE = /^(#|(rgb|hsl|hwb|lab|lch|oklab|oklch|color|color-mix)\(|[a-z]+$)/i;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function token(theme: ThemeName, name: string): string {
  const value = TOKENS[theme][name];
  if (value === undefined) throw new Error(`${name} is not defined for the ${theme} theme`);
  return value;
}

describe.each(THEMES)('the %s theme', (theme) => {
  it('defines every colour token as a plain hex colour', () => {
    const colours = Object.entries(TOKENS[theme]).filter(([, value]) => COLOUR_LIKE.test(value));
    expect(colours.length).toBeGreaterThan(80);
    for (const [name, value] of colours) expect(() => parseHexColour(value), `${name}: ${value}`).not.toThrow();
  });

  it.each(CONTRAST_PAIRS.map((pair) => [`${pair.what}: ${pair.fg} on ${pair.bg} ≥ ${pair.min}:1`, pair] as const))('keeps %s', (_name, pair) => {
    const ratio = contrastRatio(token(theme, pair.fg), token(theme, pair.bg));
    expect(ratio, `${pair.fg} ${token(theme, pair.fg)} on ${pair.bg} ${token(theme, pair.bg)}`).toBeGreaterThanOrEqual(pair.min);
  });

  it('gives the packet canvas a complete palette of its own', () => {
    const palette = canvasPaletteFrom((name) => TOKENS[theme][name] ?? '');
    for (const name of [...Object.values(CANVAS_TOKENS), ...Object.values(OUTCOME_TOKENS)]) expect(TOKENS[theme][name], name).toBeDefined();
    if (theme === 'dark') expect(palette.halo).not.toBe(LIGHT_CANVAS_PALETTE.halo);
  });
});

describe('tokens and their users', () => {
  it('the canvas fallback palette is exactly the light theme', () => {
    expect(canvasPaletteFrom((name) => TOKENS.light[name] ?? '')).toEqual(LIGHT_CANVAS_PALETTE);
  });

  it('the dark theme changes the colours that carry meaning, not only the surfaces', () => {
    for (const name of ['--bg', '--surface', '--text', '--muted', '--accent', '--focus-ring', '--outcome-delivered', '--kind-service', '--error'])
      expect(TOKENS.dark[name], name).not.toBe(TOKENS.light[name]);
  });

  it('outcome chips and the canvas name the same token for every outcome', () => {
    for (const [type, tokenName] of Object.entries(OUTCOME_TOKENS)) expect(OUTCOME_STYLE[type as keyof typeof OUTCOME_STYLE].colour).toBe(`var(${tokenName})`);
  });

  it('every var() the UI uses names a property that is defined', () => {
    const css = filesUnder(UI, /\.css$/).map((path) => readFileSync(path, 'utf8'));
    const code = filesUnder(UI, /\.tsx?$/).map((path) => readFileSync(path, 'utf8'));
    const defined = new Set(css.flatMap((text) => [...text.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])));
    const used = new Set([...css, ...code].flatMap((text) => [...text.matchAll(/var\(\s*(--[\w-]+)\s*[,)]/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(60);
    const missing = [...used].filter((name) => name !== undefined && !name.startsWith('--xy-') && !defined.has(name));
    expect(missing).toEqual([]);
  });

  it('style sheets use tokens, not colours written out (outside the token blocks of app.css)', () => {
    const offenders: string[] = [];
    for (const path of filesUnder(UI, /\.css$/)) {
      let text = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      if (path.endsWith('app.css')) text = text.replace(/:root(\[data-theme='dark'\])?\s*\{[^}]*\}/g, '');
      for (const match of text.matchAll(/#[0-9a-fA-F]{3,8}\b|\brgba?\(\s*\d|\bhsla?\(|(?<![\w-])(?:white|black)(?![\w-])/g))
        offenders.push(`${path.slice(UI.length)}: ${match[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});
