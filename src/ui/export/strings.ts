/** Every user-visible string of the export folder, in plain English (the i18n pass replaces these values). */
export const EXPORT_STRINGS = {
  menu: 'Export',
  png: 'PNG image',
  pngHint: 'The graph as shown, with packets and labels',
  svg: 'SVG image',
  svgHint: 'The graph as shown, for the web',
  video: 'Video of the request (WebM)',
  videoHint: "The watched request's journey, hop by hop",
  videoNeedsRequest: 'Send a request first',
  recordingTitle: 'Recording the request',
  recordingIntro: 'The journey plays once at normal speed while it is recorded; the video downloads when it ends.',
  recordingProgress: 'Recording progress',
  cancel: 'Cancel',
  exporting: 'Exporting…',
  noCanvas: 'The graph is not drawn yet.',
} as const;

export function savedMessage(fileName: string, size: string, ms: number): string {
  return `Saved ${fileName} (${size}, ${(ms / 1000).toFixed(1)} s)`;
}

export function failedMessage(reason: string): string {
  return `Export failed: ${reason}`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}
