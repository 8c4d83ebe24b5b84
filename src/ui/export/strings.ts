import type { Translation } from '../../i18n/dictionary';

/** The Export menu, the recording dialog and the line that says what was saved, or why not. */
export const en = {
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
  percent: '{{percent, number}} %',
  cancel: 'Cancel',
  exporting: 'Exporting…',
  noCanvas: 'The graph is not drawn yet.',
  saved: 'Saved {{fileName}} ({{size}}, {{seconds}} s)',
  failed: 'Export failed: {{reason}}',

  // Why an export failed, by ExportProblem; an error of the browser or a library keeps its own message.
  problemNoRequest: 'there is no request to record',
  problemNoVideo: 'this browser cannot record WebM video',
  problemNoFrames: 'this browser cannot draw the video frames',
  problemImageEncoding: 'the browser could not encode the image',
} as const;

export const zh: Translation<typeof en> = {
  menu: '导出',
  png: 'PNG 图片',
  pngHint: '当前显示的图，含数据包和标签',
  svg: 'SVG 图片',
  svgHint: '当前显示的图，适合网页使用',
  video: '请求的视频（WebM）',
  videoHint: '所查看请求的完整路径，逐跳播放',
  videoNeedsRequest: '请先发送一个请求',
  recordingTitle: '正在录制请求',
  recordingIntro: '录制时，请求的路径会以正常速度播放一遍；播放结束后视频会自动下载。',
  recordingProgress: '录制进度',
  percent: '{{percent, number}}%',
  cancel: '取消',
  exporting: '正在导出…',
  noCanvas: '图还没有绘制出来。',
  saved: '已保存 {{fileName}}（{{size}}，{{seconds}} 秒）',
  failed: '导出失败：{{reason}}',

  problemNoRequest: '没有可录制的请求',
  problemNoVideo: '此浏览器无法录制 WebM 视频',
  problemNoFrames: '此浏览器无法绘制视频帧',
  problemImageEncoding: '浏览器无法编码图片',
};
