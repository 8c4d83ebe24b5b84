import { currentBackground } from '../theme/live-theme';
import { isExcluded } from './export-classes';
import { ExportError } from './export-error';

/** html-to-image is loaded on the first export only: the page does not pay for it until then. */
const loadHtmlToImage = () => import('html-to-image');

function keep(node: HTMLElement): boolean {
  // Text nodes and SVG children come through here too.
  return !(node instanceof Element) || !isExcluded([...node.classList]);
}

/** The canvas element's size in CSS pixels: what an export of "the graph area" measures. */
export function areaOf(element: HTMLElement): { width: number; height: number } {
  return { width: element.clientWidth, height: element.clientHeight };
}

/** The graph area (React Flow's element) drawn to a canvas at `pixelRatio`, without controls or packets. */
export async function renderGraph(element: HTMLElement, pixelRatio: number): Promise<HTMLCanvasElement> {
  const { toCanvas } = await loadHtmlToImage();
  const { width, height } = areaOf(element);
  // The canvas's own background in the theme on screen (--bg, React Flow's background in canvas.css): not transparent.
  return toCanvas(element, { width, height, pixelRatio, backgroundColor: currentBackground(), filter: keep, skipFonts: true, skipAutoScale: true });
}

/** The packet canvas of this graph area, if it has one: it holds the packets and the hop label as painted. */
export function packetCanvasIn(element: HTMLElement): HTMLCanvasElement | null {
  return element.querySelector('canvas.packet-overlay');
}

/**
 * A PNG of the graph area with its packet layer on top: `packets` paints that layer at the PNG's own
 * resolution (sharp labels); without it the screen's packet canvas is stretched over the picture.
 */
export async function graphPng(element: HTMLElement, pixelRatio: number, packets?: () => HTMLCanvasElement): Promise<Blob> {
  const canvas = await renderGraph(element, pixelRatio);
  const ctx = canvas.getContext('2d');
  const layer = packets ? packets() : packetCanvasIn(element);
  if (layer && ctx && layer.width > 0 && layer.height > 0) ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
  return canvasBlob(canvas, 'image/png');
}

/**
 * An SVG of the graph area. The nodes are HTML cards, so the SVG holds them in a foreignObject (as React
 * Flow's own docs export does): browsers show it exactly, vector editors may not. The packet layer is
 * added as an embedded picture of the packet canvas, so a paused label shows in the SVG as in the PNG.
 */
export async function graphSvg(element: HTMLElement): Promise<Blob> {
  const { toSvg } = await loadHtmlToImage();
  const { width, height } = areaOf(element);
  const dataUrl = await toSvg(element, { width, height, backgroundColor: currentBackground(), filter: keep, skipFonts: true });
  let svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const packets = packetCanvasIn(element);
  if (packets && packets.width > 0) {
    const image = `<image href="${packets.toDataURL('image/png')}" x="0" y="0" width="${width}" height="${height}"/>`;
    svg = svg.replace(/<\/svg>\s*$/, `${image}</svg>`);
  }
  return new Blob([svg], { type: 'image/svg+xml' });
}

export function canvasBlob(canvas: HTMLCanvasElement, type: string): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportError('image-encoding', 'the browser could not encode the image'))), type),
  );
}
