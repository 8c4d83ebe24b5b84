import type { Translation } from '../../i18n/dictionary';

/** The embedded player's own words (`?embed=1`); the graph and the player controls bring theirs. */
export const en = {
  region: 'svcscope player',
  request: 'Request',
  source: 'Source',
  destination: 'Destination',
  /** A destination in the picker: the address, then what it is ("default/web: ClusterIP"). */
  destinationOption: '{{value}} ({{label}})',
  send: 'Send',
  sending: 'Sending…',
  openInApp: 'Open in svcscope',
  openInAppTitle: 'Open this scenario in svcscope, in a new tab',
} as const;

export const zh: Translation<typeof en> = {
  region: 'svcscope 播放器',
  request: '请求',
  source: '源',
  destination: '目标',
  destinationOption: '{{value}}（{{label}}）',
  send: '发送',
  sending: '发送中…',
  openInApp: '在 svcscope 中打开',
  openInAppTitle: '在新标签页中用 svcscope 打开此场景',
};
