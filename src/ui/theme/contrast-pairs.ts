/**
 * The colour pairs both themes must keep, by token name, with the contrast each needs (WCAG ratios):
 * - body text 7:1 (projectors wash colours out; AAA for normal text),
 * - muted text, text on badges and chips, coloured labels 4.5:1,
 * - focus rings and graphics (edges, outcome fills next to a panel) 3:1.
 * A pair names where it is drawn, so a failure says what a reader would lose.
 */

export interface ContrastPair {
  readonly fg: string;
  readonly bg: string;
  readonly min: number;
  readonly what: string;
}

export const BODY_TEXT = 7;
export const MUTED_TEXT = 4.5;
export const BADGE_TEXT = 4.5;
export const NON_TEXT = 3;

function each(fg: readonly string[], bg: readonly string[], min: number, what: string): ContrastPair[] {
  return fg.flatMap((f) => bg.map((b) => ({ fg: f, bg: b, min, what })));
}

const OUTCOMES = [
  '--outcome-delivered',
  '--outcome-delivered-outside',
  '--outcome-refused',
  '--outcome-dropped',
  '--outcome-timeout',
  '--outcome-nxdomain',
  '--outcome-http',
  '--outcome-cname',
];
const KINDS = ['--kind-default', '--kind-namespace', '--kind-traffic', '--kind-service', '--kind-endpoints', '--kind-workload', '--kind-pod', '--kind-node'];
const SERVICE_TYPES = ['--service-type-clusterip', '--service-type-nodeport', '--service-type-loadbalancer', '--service-type-externalname'];
/** Where a focus ring is drawn: around (offset) controls on these surfaces, or inset on them. */
const RING_SURFACES = [
  '--bg',
  '--surface',
  '--surface-muted',
  '--control-bg',
  '--control-hover',
  '--input-bg',
  '--accent-soft',
  '--namespace-bg',
  '--node-group-bg',
  '--island-bg',
  '--warning-soft',
  '--error-soft',
];

export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...each(
    ['--text'],
    [
      '--bg',
      '--surface',
      '--surface-muted',
      '--surface-strong',
      '--control-bg',
      '--control-hover',
      '--input-bg',
      '--accent-soft',
      '--accent-soft-strong',
      '--warning-soft',
      '--error-soft',
      '--namespace-bg',
      '--node-group-bg',
      '--chip-bg',
      '--mark-service-bg',
      '--mark-hop-bg',
      '--code-selection',
    ],
    BODY_TEXT,
    'body text',
  ),
  ...each(
    ['--text-secondary'],
    ['--bg', '--surface', '--surface-muted', '--control-bg', '--node-group-bg', '--accent-soft', '--warning-soft'],
    BODY_TEXT,
    'labels and headings',
  ),
  ...each(['--header-text'], ['--header-bg', '--header-control-bg', '--header-control-hover'], BODY_TEXT, 'header text'),
  ...each(['--header-select-text'], ['--header-select-bg'], BODY_TEXT, 'header select'),
  ...each(['--warning-soft-text'], ['--warning-soft'], BODY_TEXT, 'warning notice'),
  ...each(['--error-soft-text'], ['--error-soft'], BODY_TEXT, 'error notice'),
  ...each(['--ok-soft-text'], ['--ok-soft'], BODY_TEXT, 'done notice'),
  ...each(['--code-key', '--code-string', '--code-meta', '--code-label'], ['--surface', '--accent-soft'], BODY_TEXT, 'YAML in the editor'),

  ...each(
    ['--muted'],
    ['--bg', '--surface', '--surface-muted', '--control-bg', '--input-bg', '--accent-soft', '--warning-soft', '--node-group-bg'],
    MUTED_TEXT,
    'muted text',
  ),
  ...each(['--header-muted'], ['--header-bg'], MUTED_TEXT, 'header tagline'),
  ...each(['--code-comment'], ['--surface', '--surface-muted', '--accent-soft'], MUTED_TEXT, 'YAML comments and gutter'),

  ...each(['--on-badge'], [...OUTCOMES, '--error', '--warning', '--info', '--neutral', ...SERVICE_TYPES], BADGE_TEXT, 'text on a badge'),
  ...each(['--on-accent'], ['--accent', '--accent-hover'], BADGE_TEXT, 'primary button'),
  ...each(['--on-inverse'], ['--inverse-bg', '--inverse-hover'], BADGE_TEXT, 'play button'),
  ...each(['--accent-soft-text'], ['--accent-soft', '--accent-soft-strong'], BADGE_TEXT, 'shortcut and active filter'),
  { fg: '--text', bg: '--chip-bg', min: BADGE_TEXT, what: 'hop kind chip' },
  { fg: '--chip-nat-text', bg: '--chip-nat-bg', min: BADGE_TEXT, what: 'hop kind chip' },
  { fg: '--chip-drop-text', bg: '--chip-drop-bg', min: BADGE_TEXT, what: 'hop kind chip' },
  { fg: '--chip-deliver-text', bg: '--chip-deliver-bg', min: BADGE_TEXT, what: 'hop kind chip' },
  ...each(['--link', '--error-text', '--ok'], ['--surface', '--bg'], BADGE_TEXT, 'coloured words'),
  ...each(KINDS, ['--surface'], BADGE_TEXT, 'node caption'),
  { fg: '--kind-namespace', bg: '--namespace-bg', min: BADGE_TEXT, what: 'namespace caption' },
  { fg: '--kind-node', bg: '--node-group-bg', min: BADGE_TEXT, what: 'Node title' },
  { fg: '--island-title', bg: '--island-bg', min: BADGE_TEXT, what: 'namespace island title' },
  { fg: '--island-border', bg: '--bg', min: NON_TEXT, what: 'namespace island border' },
  ...each(OUTCOMES, ['--surface'], BADGE_TEXT, 'outcome line in the hop label'),

  ...each(['--focus-ring'], RING_SURFACES, NON_TEXT, 'focus ring'),
  ...each(
    ['--focus-ring-header'],
    ['--header-bg', '--header-control-bg', '--header-control-hover', '--header-select-bg'],
    NON_TEXT,
    'focus ring in the header',
  ),
  ...each(KINDS.slice(1, -1).concat(['--warning']), ['--bg', '--island-bg'], NON_TEXT, 'edge on the canvas'),
  ...each(['--search-match', '--search-current'], ['--bg', '--node-group-bg', '--island-bg'], NON_TEXT, 'search ring'),
  ...each(OUTCOMES, ['--packet-halo'], NON_TEXT, 'packet on its halo'),
];
