import type { Outcome, OutcomeType } from '../../core';

export interface OutcomeStyle {
  readonly label: string;
  /** Saturated and dark enough to survive a washed-out projector; never the only cue (see `glyph`). */
  readonly colour: string;
  /** A shape cue for colour-blind viewers and grey projectors. */
  readonly glyph: string;
}

/** Packets, legend chips and hop list share these, so a colour means one thing everywhere. */
export const OUTCOME_STYLE: Readonly<Record<OutcomeType, OutcomeStyle>> = {
  delivered: { label: 'Delivered', colour: '#16a34a', glyph: '✓' },
  'delivered-outside': { label: 'Delivered outside', colour: '#0891b2', glyph: '✓' },
  'delivered-host': { label: 'Delivered to a host', colour: '#0891b2', glyph: '✓' },
  refused: { label: 'Refused', colour: '#dc2626', glyph: '✕' },
  dropped: { label: 'Dropped', colour: '#111827', glyph: '⊘' },
  timeout: { label: 'Timed out', colour: '#d97706', glyph: '◷' },
  nxdomain: { label: 'NXDOMAIN', colour: '#9333ea', glyph: '?' },
  'http-404': { label: 'HTTP 404', colour: '#ea580c', glyph: '!' },
  'http-status': { label: 'HTTP status', colour: '#ea580c', glyph: '!' },
  cname: { label: 'CNAME', colour: '#0284c7', glyph: '↪' },
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

export function outcomeLabel(outcome: Outcome): string {
  return outcome.type === 'http-status' ? `HTTP ${outcome.status}` : OUTCOME_STYLE[outcome.type].label;
}

/** One sentence: where the request ended, or why it did not get there. */
export function describeOutcome(outcome: Outcome): string {
  switch (outcome.type) {
    case 'delivered':
      return `Delivered to ${outcome.podName} on ${outcome.nodeName} (${outcome.podIP}:${outcome.port})`;
    case 'delivered-outside':
    case 'delivered-host':
    case 'refused':
    case 'dropped':
    case 'timeout':
    case 'nxdomain':
    case 'http-404':
    case 'http-status':
    case 'cname':
      return `${outcomeLabel(outcome)}: ${outcome.reason}`;
    default:
      return assertNever(outcome);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled outcome ${JSON.stringify(value)}`);
}
