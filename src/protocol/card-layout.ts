/**
 * The worker sizes boxes before anything is drawn, and the UI draws each box at exactly that size, so the
 * rules both sides must agree on live here, in the contract between them. The CSS in
 * src/ui/canvas/nodes/node-card.css mirrors these numbers and fonts: change both together.
 */
export const CARD_METRICS = {
  paddingY: 8,
  paddingX: 12,
  /** The coloured left border is wider than the others. */
  extraLeftBorder: 4,
  captionLineHeight: 16,
  labelLineHeight: 20,
  detailLineHeight: 18,
  minWidth: 150,
  maxWidth: 320,
} as const;

/** Same stacks as --font-sans and --font-mono in src/ui/app.css. */
export const LABEL_FONT = "650 15px 'Inter', 'Segoe UI', system-ui, -apple-system, Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
export const DETAIL_FONT = "13px ui-monospace, 'SF Mono', 'Cascadia Mono', 'JetBrains Mono', Menlo, Consolas, 'DejaVu Sans Mono', monospace";

/**
 * A Kubernetes Node's title prints its first fact (the InternalIP) on its own line and the rest
 * (pod CIDR, zone, role) together on a second, so groups stay about as narrow as the pods inside.
 */
export function nodeGroupTitleLines(details: readonly string[]): string[] {
  const [first, ...rest] = details;
  if (first === undefined) return [];
  return rest.length === 0 ? [first] : [first, rest.join(' · ')];
}

/**
 * A namespace island (a box around one namespace's objects): the title bar's height and the room between
 * its border and the cards inside. island.css in src/ui/canvas/nodes mirrors them.
 */
export const ISLAND_METRICS = {
  titleHeightPx: 34,
  paddingPx: 16,
} as const;
