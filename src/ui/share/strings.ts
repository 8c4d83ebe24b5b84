import type { Translation } from '../../i18n/dictionary';

/**
 * The share folder's words: the Share menu, the Share and Embed dialogs, and the notice that says why a
 * link, a file or an example was not opened. Numbers go through i18next's `number` format (`8,000`).
 */
export const en = {
  menu: 'Share',
  menuShareLink: 'Share link…',
  menuEmbed: 'Embed…',
  menuDownloadFile: 'Download scenario file',
  menuOpenFile: 'Open scenario file…',
  openFileInput: 'Open scenario file',

  shareTitle: 'Share this scenario',
  shareIntro:
    'The link holds the manifests, the settings, the request, the seed and the view. It all lives after the #, which browsers never send to a server: nothing is uploaded.',
  linkLabel: 'Link',
  linkHint_one: '{{count, number}} character. Whoever opens it sees the same graph, and their first Send replays the same trace.',
  linkHint_other: '{{count, number}} characters. Whoever opens it sees the same graph, and their first Send replays the same trace.',
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the link and copy it by hand',
  making: 'Making the link…',
  close: 'Close',
  closeDialog: 'Close dialog',
  downloadFile: 'Download scenario file',

  tooLong:
    'This scenario makes a link of {{length, number}} characters; chat apps, mail and issue trackers may cut links past {{limit, number}}. Download it as a file instead: svcscope opens it with "Open scenario file".',
  tooLarge: 'This scenario is {{size}} MiB, more than a link may carry ({{limit}} MiB). Download it as a file instead.',
  unshareable: 'This scenario cannot be shared: {{reason}}.',

  embedTitle: 'Embed this scenario',
  embedIntro: 'Paste this code into a web page, a blog post or slides that accept HTML. The player shows the graph and plays the request; nothing is uploaded.',
  embedWidth: 'Width',
  embedHeight: 'Height',
  embedAutoplay: 'Play the request on load',
  embedLoop: 'Loop',
  embedFrameTitle: 'Frame title',
  embedCode: 'Embed code',
  copyCode: 'Copy code',
  frameTitle: 'svcscope: {{name}}',
  frameTitleGraph: 'graph',

  unknownExample: 'There is no example called "{{id}}". Showing "{{title}}" instead.',
  refusedLink: 'This link could not be opened: {{reason}}. Nothing from it was loaded; your own manifests are shown.',
  refusedLinkEmbed: 'This link could not be opened: {{reason}}. Nothing from it was loaded; an example is shown instead.',
  refusedFile: '"{{fileName}}" could not be opened: {{reason}}. Nothing was changed.',
  dismiss: 'Dismiss',

  // Why a link or a file was refused, one per refusal code. English shows src/share's own sentence, which
  // carries the exact detail (the version, the limit, the field); these are what other languages show.
  reasonNoScenario: 'there is no scenario in this link',
  reasonUnsupported: 'this browser cannot decompress shared links (it lacks DecompressionStream)',
  reasonBadEncoding: 'the link is damaged: its scenario is not valid base64url (was it cut off or changed when copied?)',
  reasonCorrupt: 'the link is damaged: its scenario does not decompress (was it cut off when copied?)',
  reasonLinkTooLarge: 'the link is larger than svcscope opens',
  reasonFileTooLarge: 'the file is larger than {{limit}} MiB',
  reasonLinkNotJson: 'the scenario is not valid JSON text',
  reasonFileNotJson: 'the file is not valid JSON',
  reasonLinkNotScenario: 'this is not an svcscope scenario',
  reasonFileNotScenario: 'this is not an svcscope scenario file',
  reasonWrongVersion: 'the scenario was made by another version of svcscope',
  reasonInvalid: 'a field of the scenario is not valid ({{detail}})',
} as const;

export const zh: Translation<typeof en> = {
  menu: '分享',
  menuShareLink: '分享链接…',
  menuEmbed: '嵌入…',
  menuDownloadFile: '下载场景文件',
  menuOpenFile: '打开场景文件…',
  openFileInput: '打开场景文件',

  shareTitle: '分享此场景',
  shareIntro: '链接中包含清单、设置、请求、随机种子和视图，全部位于 # 之后，而浏览器从不把这一部分发送给服务器：不会上传任何内容。',
  linkLabel: '链接',
  linkHint_other: '共 {{count, number}} 个字符。打开链接的人会看到同样的图，首次点击“发送”时会重放同样的轨迹。',
  copyLink: '复制链接',
  copied: '已复制',
  copyFailed: '复制失败：请选中链接后手动复制',
  making: '正在生成链接…',
  close: '关闭',
  closeDialog: '关闭对话框',
  downloadFile: '下载场景文件',

  tooLong:
    '此场景生成的链接有 {{length, number}} 个字符；聊天软件、邮件和问题跟踪系统可能会截断超过 {{limit, number}} 个字符的链接。请改为下载场景文件：svcscope 可以通过“打开场景文件”打开它。',
  tooLarge: '此场景有 {{size}} MiB，超过了链接能承载的上限（{{limit}} MiB）。请改为下载场景文件。',
  unshareable: '无法分享此场景：{{reason}}。',

  embedTitle: '嵌入此场景',
  embedIntro: '把这段代码粘贴到支持 HTML 的网页、博客文章或幻灯片中。播放器会显示图并播放请求；不会上传任何内容。',
  embedWidth: '宽度',
  embedHeight: '高度',
  embedAutoplay: '加载后播放请求',
  embedLoop: '循环播放',
  embedFrameTitle: '框架标题',
  embedCode: '嵌入代码',
  copyCode: '复制代码',
  frameTitle: 'svcscope：{{name}}',
  frameTitleGraph: '集群图',

  unknownExample: '没有名为“{{id}}”的示例，改为显示“{{title}}”。',
  refusedLink: '无法打开此链接：{{reason}}。链接中的内容均未加载，显示的仍是你自己的清单。',
  refusedLinkEmbed: '无法打开此链接：{{reason}}。链接中的内容均未加载，改为显示一个示例。',
  refusedFile: '无法打开“{{fileName}}”：{{reason}}。没有做任何更改。',
  dismiss: '关闭提示',

  reasonNoScenario: '链接中没有场景',
  reasonUnsupported: '此浏览器无法解压分享链接（缺少 DecompressionStream）',
  reasonBadEncoding: '链接已损坏：其中的场景不是有效的 base64url（复制时是否被截断或改动了？）',
  reasonCorrupt: '链接已损坏：其中的场景无法解压（复制时是否被截断了？）',
  reasonLinkTooLarge: '链接过大，svcscope 不予打开',
  reasonFileTooLarge: '文件大于 {{limit}} MiB',
  reasonLinkNotJson: '其中的场景不是有效的 JSON 文本',
  reasonFileNotJson: '文件不是有效的 JSON',
  reasonLinkNotScenario: '这不是 svcscope 场景',
  reasonFileNotScenario: '这不是 svcscope 场景文件',
  reasonWrongVersion: '此场景由另一个版本的 svcscope 生成，本版本无法读取',
  reasonInvalid: '场景中有字段无效（{{detail}}）',
};
