import type { GraphNode } from '../core';
import { islandEmptySize } from './island-layout';
import { estimateCardSize, estimateEmptyGroupSize, type BoxSize, type TextMeasure } from './node-size';
import { isIslandId } from './view/namespace-islands';

/** A box other boxes are drawn inside: a Kubernetes Node (its pods) or a namespace island (its objects). */
export function isGroup(node: GraphNode): boolean {
  return node.kind === 'node' || isIslandId(node.id);
}

/** A group's size before anything is put inside it (its title), or a card's size. */
export function ownSize(node: GraphNode, measure: TextMeasure): BoxSize {
  if (node.kind === 'node') return estimateEmptyGroupSize(node, measure);
  return isIslandId(node.id) ? islandEmptySize(node, measure) : estimateCardSize(node, measure);
}
