import type { GraphNode } from '../core';
import { CARD_METRICS, nodeGroupTitleLines } from '../protocol';

/**
 * Box sizes for the layout, from the text each node prints. The metrics are shared with the UI through
 * src/protocol/card-layout.ts, so a box is drawn at exactly the size it was laid out with.
 */
export { CARD_METRICS };

/** Widths of the two fonts a card prints in, in CSS pixels. */
export interface TextMeasure {
  labelWidth(text: string): number;
  detailWidth(text: string): number;
}

/** For Node (tests, CLI) where no canvas can measure: generous averages, so text is rarely cut. */
export const ESTIMATED_MEASURE: TextMeasure = {
  labelWidth: (text) => text.length * 9.2,
  detailWidth: (text) => text.length * 7.9,
};

/** A Node's title may make its box wider than a card, up to this. */
const MAX_GROUP_TITLE_WIDTH = 400;

/** Space between a Kubernetes Node group's border and the pods inside it. */
export const GROUP_PADDING_PX = 14;

export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

function contentWidth(node: GraphNode, measure: TextMeasure): number {
  const label = measure.labelWidth(node.label);
  const details = node.details.reduce((widest, line) => Math.max(widest, measure.detailWidth(line)), 0);
  // A few pixels of slack: measured and painted text can differ by sub-pixel rounding.
  return Math.ceil(Math.max(label, details)) + 2 * CARD_METRICS.paddingX + CARD_METRICS.extraLeftBorder + 4;
}

function clampWidth(width: number): number {
  return Math.min(CARD_METRICS.maxWidth, Math.max(CARD_METRICS.minWidth, width));
}

/** The card of one graph node: a caption line (the kind), the label, then one line per detail. */
export function estimateCardSize(node: GraphNode, measure: TextMeasure = ESTIMATED_MEASURE): BoxSize {
  const m = CARD_METRICS;
  const height = 2 * m.paddingY + m.captionLineHeight + m.labelLineHeight + node.details.length * m.detailLineHeight;
  return { width: clampWidth(contentWidth(node, measure)), height };
}

/** Height of a Kubernetes Node group's title block: caption, name, then its title lines. */
export function groupHeaderHeight(node: GraphNode): number {
  const m = CARD_METRICS;
  const lines = nodeGroupTitleLines(node.details).length;
  return 2 * m.paddingY + m.captionLineHeight + m.labelLineHeight + lines * m.detailLineHeight;
}

/** Where a Node group's pods start, below its title. */
export function groupContentTop(node: GraphNode): number {
  return groupHeaderHeight(node) + 4;
}

/** A Node group is at least wide enough for its title. */
export function estimateEmptyGroupSize(node: GraphNode, measure: TextMeasure = ESTIMATED_MEASURE): BoxSize {
  const facts = nodeGroupTitleLines(node.details).reduce((widest, line) => Math.max(widest, measure.detailWidth(line)), 0);
  const titleWidth = Math.ceil(facts) + 2 * CARD_METRICS.paddingX + 4;
  const width = Math.min(MAX_GROUP_TITLE_WIDTH, Math.max(200, contentWidth(node, measure), titleWidth));
  return { width, height: groupHeaderHeight(node) + GROUP_PADDING_PX };
}
