/**
 * A shared view is the flow-space point at the centre of the canvas and the zoom, not React Flow's raw
 * translation: the recipient's canvas has another size, and the same centre and scale show the same place.
 */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface ViewCentre {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Rounded: a link should not carry 15 decimals of a pan, and two shares of one view should be equal. */
export function viewCentreOf(viewport: Viewport, width: number, height: number): ViewCentre {
  const zoom = viewport.zoom > 0 ? viewport.zoom : 1;
  return {
    x: Math.round((width / 2 - viewport.x) / zoom),
    y: Math.round((height / 2 - viewport.y) / zoom),
    zoom: Math.round(zoom * 1000) / 1000,
  };
}

/** The React Flow viewport that puts `centre` in the middle of a canvas of this size. */
export function viewportFor(centre: ViewCentre, width: number, height: number): Viewport {
  return { x: width / 2 - centre.x * centre.zoom, y: height / 2 - centre.y * centre.zoom, zoom: centre.zoom };
}
