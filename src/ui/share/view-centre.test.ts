import { describe, expect, it } from 'vitest';
import { viewCentreOf, viewportFor } from './view-centre';

describe('a shared view', () => {
  it('is the flow point at the centre of the canvas', () => {
    // Flow point (100, 50) drawn at screen (400, 300) at zoom 2: translation (200, 200).
    expect(viewCentreOf({ x: 200, y: 200, zoom: 2 }, 800, 600)).toEqual({ x: 100, y: 50, zoom: 2 });
  });

  it('puts the same flow point in the middle of a canvas of another size', () => {
    const centre = viewCentreOf({ x: -35.5, y: 12.25, zoom: 0.75 }, 1000, 640);
    const other = viewportFor(centre, 480, 320);
    expect((240 - other.x) / other.zoom).toBeCloseTo(centre.x, 6);
    expect((160 - other.y) / other.zoom).toBeCloseTo(centre.y, 6);
  });

  it('is rounded, and survives a zero zoom', () => {
    expect(viewCentreOf({ x: 0.3333, y: 0, zoom: 0.123456 }, 10, 10).zoom).toBe(0.123);
    expect(viewCentreOf({ x: 0, y: 0, zoom: 0 }, 10, 10)).toEqual({ x: 5, y: 5, zoom: 1 });
  });
});
