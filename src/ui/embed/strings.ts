/** Every user-visible string of the embedded player, in plain English (the i18n pass replaces these values). */
export const EMBED_STRINGS = {
  region: 'svcscope player',
  request: 'Request',
  source: 'Source',
  destination: 'Destination',
  send: 'Send',
  sending: 'Sending…',
  openInApp: 'Open in svcscope',
  openInAppTitle: 'Open this scenario in svcscope, in a new tab',
} as const;
