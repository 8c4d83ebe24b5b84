import type { Translation } from '../../i18n/dictionary';

/** The player: play, pause, step, speed, the timeline and its spoken value, the requests of a run. */
export const en = {
  player: 'Player',
  previousHop: 'Previous hop',
  nextHop: 'Next hop',
  play: 'Play',
  pause: 'Pause',
  timeline: 'Timeline',
  timelineKeys: 'Arrow keys step hop by hop; Page Up and Page Down move by a tenth.',
  speed: 'Speed',
  speedValue: '{{speed}}×',
  hopOfTrace: 'hop {{hop}}/{{hops}}',
  previousRequest: 'Previous request',
  nextRequest: 'Next request',
  requestOfRun: 'Request {{index}} of {{requests}}',
  clear: 'Clear',

  // The readout beside the timeline: the SI symbol in every language, so the row keeps its width.
  readout: '{{time}} s / {{end}} s',
  seconds: '{{seconds}} s',
  // The timeline's spoken value (aria-valuetext): the e2e tests read "hop 4 of 11".
  timeOfEnd: '{{time}} of {{end}}',
  timeAtHop: '{{time}} of {{end}}, hop {{hop}} of {{hops}}',
} as const;

export const zh: Translation<typeof en> = {
  player: '播放器',
  previousHop: '上一跳',
  nextHop: '下一跳',
  play: '播放',
  pause: '暂停',
  timeline: '时间轴',
  timelineKeys: '方向键逐跳移动；Page Up 和 Page Down 每次移动十分之一。',
  speed: '速度',
  speedValue: '{{speed}}×',
  hopOfTrace: '第 {{hop}}/{{hops}} 跳',
  previousRequest: '上一个请求',
  nextRequest: '下一个请求',
  requestOfRun: '第 {{index}} 个请求，共 {{requests}} 个',
  clear: '清除',

  readout: '{{time}} s / {{end}} s',
  seconds: '{{seconds}} 秒',
  timeOfEnd: '{{time}}，共 {{end}}',
  timeAtHop: '{{time}}，共 {{end}}，第 {{hop}} 跳，共 {{hops}} 跳',
};
