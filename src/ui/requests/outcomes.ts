import type { Outcome, OutcomeType } from '../../core';
// Narration only, not the core's index (see hop-notes.ts).
import { narrateOutcome } from '../../core/narrate';
import type { Language } from '../../i18n/languages';
import { englishRequestsT, type RequestsT } from './requests-t';

export interface OutcomeStyle {
  /**
   * A colour token of app.css as var(), so chips and legend follow the theme (the packet canvas reads the
   * same tokens through src/ui/theme/canvas-palette.ts). Never the only cue (see `glyph`).
   */
  readonly colour: string;
  /** A shape cue for colour-blind viewers and grey projectors. */
  readonly glyph: string;
}

/** Packets, legend chips and hop list share these, so a colour means one thing everywhere. */
export const OUTCOME_STYLE: Readonly<Record<OutcomeType, OutcomeStyle>> = {
  delivered: { colour: 'var(--outcome-delivered)', glyph: '✓' },
  'delivered-outside': { colour: 'var(--outcome-delivered-outside)', glyph: '✓' },
  'delivered-host': { colour: 'var(--outcome-delivered-outside)', glyph: '✓' },
  refused: { colour: 'var(--outcome-refused)', glyph: '✕' },
  dropped: { colour: 'var(--outcome-dropped)', glyph: '⊘' },
  timeout: { colour: 'var(--outcome-timeout)', glyph: '◷' },
  nxdomain: { colour: 'var(--outcome-nxdomain)', glyph: '?' },
  'http-404': { colour: 'var(--outcome-http)', glyph: '!' },
  'http-status': { colour: 'var(--outcome-http)', glyph: '!' },
  cname: { colour: 'var(--outcome-cname)', glyph: '↪' },
};

/** Legend order: success first, then the failures a trainer explains most. */
export const OUTCOME_ORDER: readonly OutcomeType[] = [
  'delivered',
  'delivered-outside',
  'delivered-host',
  'refused',
  'dropped',
  'timeout',
  'nxdomain',
  'http-404',
  'http-status',
  'cname',
];

const LABEL_KEY = {
  delivered: 'outcomeDelivered',
  'delivered-outside': 'outcomeDeliveredOutside',
  'delivered-host': 'outcomeDeliveredHost',
  refused: 'outcomeRefused',
  dropped: 'outcomeDropped',
  timeout: 'outcomeTimeout',
  nxdomain: 'outcomeNxdomain',
  'http-404': 'outcomeHttp404',
  'http-status': 'outcomeHttpStatus',
  cname: 'outcomeCname',
} as const satisfies Record<OutcomeType, string>;

/** The name of a kind of ending, as the legend lists it ("Dropped"). */
export function outcomeTypeLabel(type: OutcomeType, t: RequestsT = englishRequestsT()): string {
  return t(LABEL_KEY[type]);
}

/** The name of one request's ending: an HTTP answer says its status ("HTTP 503"). */
export function outcomeLabel(outcome: Outcome, t: RequestsT = englishRequestsT()): string {
  return outcome.type === 'http-status' ? t('httpStatusCode', { status: outcome.status }) : outcomeTypeLabel(outcome.type, t);
}

/**
 * One sentence: where the request ended, or why it did not get there. The engines give their reasons in
 * English text; in Chinese the core's narration says what the outcome means from its fields instead.
 */
export function describeOutcome(outcome: Outcome, t: RequestsT, language: Language): string {
  switch (outcome.type) {
    case 'delivered':
      return t('deliveredTo', { pod: outcome.podName, node: outcome.nodeName, address: `${outcome.podIP}:${outcome.port}` });
    case 'delivered-outside':
    case 'delivered-host':
    case 'refused':
    case 'dropped':
    case 'timeout':
    case 'nxdomain':
    case 'http-404':
    case 'http-status':
    case 'cname':
      return language === 'zh' ? narrateOutcome(outcome, 'zh') : t('outcomeBecause', { label: outcomeLabel(outcome, t), reason: outcome.reason });
    default:
      return assertNever(outcome);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled outcome ${JSON.stringify(value)}`);
}
