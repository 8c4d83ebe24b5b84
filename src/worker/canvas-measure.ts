import { DETAIL_FONT, LABEL_FONT } from '../protocol';
import type { TextMeasure } from './node-size';

/**
 * Measures with the fonts the page will paint in: OffscreenCanvas works inside workers and sees the same
 * system fonts. Returns null where there is no canvas (Node); callers then use the estimate.
 */
export function createCanvasMeasure(): TextMeasure | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return null;
  const measureIn = (font: string) => {
    const widths = new Map<string, number>();
    return (text: string): number => {
      const known = widths.get(text);
      if (known !== undefined) return known;
      // Names change with every edit (pod hashes); keep the cache from growing without bound.
      if (widths.size > 10_000) widths.clear();
      context.font = font;
      const width = context.measureText(text).width;
      widths.set(text, width);
      return width;
    };
  };
  return { labelWidth: measureIn(LABEL_FONT), detailWidth: measureIn(DETAIL_FONT) };
}
