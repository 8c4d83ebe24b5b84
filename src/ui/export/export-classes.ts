/**
 * What an image of the graph leaves out: the zoom buttons, the filter and what-if bars and their
 * messages (React Flow panels), and the packet canvas, which is drawn on top separately so it lines up
 * pixel for pixel (html-to-image would copy it as a picture of a picture).
 */
export const EXCLUDED_CLASSES = ['react-flow__controls', 'react-flow__panel', 'react-flow__minimap', 'react-flow__attribution', 'packet-overlay'] as const;

/** PNGs are drawn at twice the screen's CSS pixels (or the screen's density, if higher): sharp on slides. */
export function imagePixelRatio(devicePixelRatio: number): number {
  return Math.min(4, Math.max(2, devicePixelRatio || 1));
}

export function isExcluded(classNames: readonly string[]): boolean {
  return classNames.some((name) => (EXCLUDED_CLASSES as readonly string[]).includes(name));
}
