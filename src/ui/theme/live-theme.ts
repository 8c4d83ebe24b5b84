import { LIGHT_CANVAS_PALETTE, canvasPaletteFrom, type CanvasPalette } from './canvas-palette';

/**
 * The page's current theme as the parts that cannot use var() need it: the packet canvas, image exports
 * and CodeMirror's dark flag. PreferencesSync sets `<html data-theme>`; everything here keys on it.
 */

function root(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.documentElement;
}

export function isDarkTheme(): boolean {
  return root()?.dataset.theme === 'dark';
}

let cached: { readonly theme: string; readonly palette: CanvasPalette } | null = null;

/**
 * The packet palette of the theme shown now. Computed style is read once per theme: a frame only compares
 * the data-theme attribute with the one the palette was read for.
 */
export function currentCanvasPalette(): CanvasPalette {
  const element = root();
  if (!element) return LIGHT_CANVAS_PALETTE;
  const theme = element.dataset.theme ?? '';
  if (cached?.theme !== theme) {
    const style = getComputedStyle(element);
    cached = { theme, palette: canvasPaletteFrom((token) => style.getPropertyValue(token)) };
  }
  return cached.palette;
}

/** The page background of the theme shown now: what an exported image is drawn on. */
export function currentBackground(): string {
  const element = root();
  const value = element ? getComputedStyle(element).getPropertyValue('--bg').trim() : '';
  return value || '#f8fafc';
}

/** Calls `listener` after every change of `<html data-theme>`; returns the unsubscribe. */
export function onThemeChange(listener: () => void): () => void {
  const element = root();
  if (!element || typeof MutationObserver === 'undefined') return () => {};
  const observer = new MutationObserver(listener);
  observer.observe(element, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
