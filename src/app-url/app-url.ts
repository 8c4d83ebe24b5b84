import { isLanguage, type Language } from '../i18n/languages';
import { SHARE_PARAM } from '../share';

/**
 * What the page's address asks for. Query parameters choose how the app opens (`?example=`, `?embed=1`,
 * `&autoplay=1`, `&loop=1`); the scenario itself travels in the fragment (`#s=…`), which never reaches a
 * server. Everything here is read as untrusted text: nothing in it is evaluated or rendered as HTML.
 */
export interface AppUrl {
  /** `?example=<id>` as written (checked against EXAMPLES later); null when absent or empty. */
  readonly exampleId: string | null;
  readonly embed: boolean;
  readonly autoplay: boolean;
  readonly loop: boolean;
  /** The fragment carries a scenario (`#s=…`); decoding it is async and done by the caller. */
  readonly hasScenario: boolean;
  /** `?lang=en|zh`: the UI language for this page (an embed in a Chinese post); null when absent or unknown. */
  readonly language: Language | null;
}

export const URL_PARAMS = { example: 'example', embed: 'embed', autoplay: 'autoplay', loop: 'loop', lang: 'lang' } as const;

/** Longer ids cannot be an example's; the cap keeps a hostile URL from echoing a megabyte into a message. */
const MAX_EXAMPLE_ID_CHARS = 64;

/** `1`, `true`, `yes` and a bare flag (`?embed`) switch a flag on; `0`, `false`, `no` or absence leave it off. */
export function flagOf(value: string | null): boolean {
  if (value === null) return false;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

export function readAppUrl(href: string): AppUrl {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { exampleId: null, embed: false, autoplay: false, loop: false, hasScenario: false, language: null };
  }
  const params = url.searchParams;
  const example = params.get(URL_PARAMS.example)?.trim() ?? '';
  return {
    exampleId: example === '' ? null : example.slice(0, MAX_EXAMPLE_ID_CHARS),
    embed: flagOf(params.get(URL_PARAMS.embed)),
    autoplay: flagOf(params.get(URL_PARAMS.autoplay)),
    loop: flagOf(params.get(URL_PARAMS.loop)),
    hasScenario: hasScenarioFragment(url.hash),
    language: languageOf(params.get(URL_PARAMS.lang)),
  };
}

function languageOf(value: string | null): Language | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

export function hasScenarioFragment(hash: string): boolean {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  return text.split('&').some((part) => part.startsWith(`${SHARE_PARAM}=`));
}

/** The address without the given query parameters (and, with `dropHash`, without the fragment). */
export function urlWithout(href: string, names: readonly string[], dropHash = false): string {
  const url = new URL(href);
  for (const name of names) url.searchParams.delete(name);
  if (dropHash) url.hash = '';
  return url.toString();
}

/**
 * After the full app has applied what the address asked for, the address forgets it: a reload then keeps
 * the user's own edits (saved in the browser) instead of opening the link or example over them again.
 */
export function addressAfterStartup(href: string): string {
  return urlWithout(href, [URL_PARAMS.example], true);
}

/** The same scenario in the full app: an embed's "Open in svcscope". */
export function openInAppUrl(href: string): string {
  return urlWithout(href, [URL_PARAMS.embed, URL_PARAMS.autoplay, URL_PARAMS.loop]);
}

export interface EmbedOptions {
  readonly autoplay: boolean;
  readonly loop: boolean;
  /**
   * The author's UI language. Chinese is written into the address (`&lang=zh`), so the player in a
   * Chinese post speaks Chinese whatever the reader's browser says; English, the default, is left out and
   * the player follows the reader's browser.
   */
  readonly language?: Language;
}

/** A share URL (`…/#s=…`) as the embedded player's address (`…/?embed=1&autoplay=1&lang=zh#s=…`). */
export function embedUrlFor(shareUrl: string, options: EmbedOptions): string {
  const url = new URL(shareUrl);
  url.searchParams.delete(URL_PARAMS.example);
  url.searchParams.set(URL_PARAMS.embed, '1');
  if (options.autoplay) url.searchParams.set(URL_PARAMS.autoplay, '1');
  else url.searchParams.delete(URL_PARAMS.autoplay);
  if (options.autoplay && options.loop) url.searchParams.set(URL_PARAMS.loop, '1');
  else url.searchParams.delete(URL_PARAMS.loop);
  // Last, so it follows the flags; a `?lang=` the author's own address carried gives way to the UI's.
  url.searchParams.delete(URL_PARAMS.lang);
  if (options.language !== undefined && options.language !== 'en') url.searchParams.set(URL_PARAMS.lang, options.language);
  return url.toString();
}
