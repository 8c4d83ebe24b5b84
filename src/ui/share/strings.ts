/**
 * Every user-visible string of the share folder, in plain English, in one place: the i18n pass replaces
 * this file's values with dictionary look-ups. Functions are for strings with values in them.
 */
export const SHARE_STRINGS = {
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
  copyLink: 'Copy link',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the link and copy it by hand',
  making: 'Making the link…',
  close: 'Close',
  closeDialog: 'Close dialog',
  downloadFile: 'Download scenario file',
  replayNote: 'Whoever opens it sees the same graph, and their first Send replays the same trace.',

  embedTitle: 'Embed this scenario',
  embedIntro: 'Paste this code into a web page, a blog post or slides that accept HTML. The player shows the graph and plays the request; nothing is uploaded.',
  embedWidth: 'Width',
  embedHeight: 'Height',
  embedAutoplay: 'Play the request on load',
  embedLoop: 'Loop',
  embedFrameTitle: 'Frame title',
  embedCode: 'Embed code',
  copyCode: 'Copy code',

  dismiss: 'Dismiss',
} as const;

export function linkLength(length: number): string {
  return `${length.toLocaleString('en')} characters`;
}

export function tooLongMessage(length: number, limit: number): string {
  return `This scenario makes a link of ${length.toLocaleString('en')} characters; chat apps, mail and issue trackers may cut links past ${limit.toLocaleString('en')}. Download it as a file instead: svcscope opens it with "Open scenario file".`;
}

export function tooLargeMessage(bytes: number, limit: number): string {
  return `This scenario is ${(bytes / 1024 / 1024).toFixed(1)} MiB, more than a link may carry (${limit / 1024 / 1024} MiB). Download it as a file instead.`;
}

export function unshareableMessage(reason: string): string {
  return `This scenario cannot be shared: ${reason}.`;
}

export function unknownExampleMessage(id: string, fallbackTitle: string): string {
  return `There is no example called "${id}". Showing "${fallbackTitle}" instead.`;
}

export function refusedLinkMessage(reason: string, embed: boolean): string {
  return `This link could not be opened: ${reason}. Nothing from it was loaded; ${embed ? 'an example is shown instead' : 'your own manifests are shown'}.`;
}

export function refusedFileMessage(fileName: string, reason: string): string {
  return `"${fileName}" could not be opened: ${reason}. Nothing was changed.`;
}

export function defaultFrameTitle(name: string): string {
  return `svcscope: ${name}`;
}
