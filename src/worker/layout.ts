import ELK from 'elkjs/lib/elk.bundled.js';
import type { ClusterGraph } from '../core';
import type { LayoutEngine, NodeBox, NodePositions } from '../protocol';
import { layoutByColumns } from './columns-layout';
import { readElkPositions, toElkGraph } from './elk-graph';
import { frameIsland, islandContents, withBoundary } from './island-layout';
import { ESTIMATED_MEASURE, type BoxSize, type TextMeasure } from './node-size';
import { isIslandId } from './view/namespace-islands';

/** ELK layered needs ~180 ms for 100 boxes and 1.5 s for 1,000: above this many nodes, place by structure. */
export const MAX_ELK_NODES = 400;

export interface GraphLayout {
  readonly positions: NodePositions;
  readonly engine: LayoutEngine;
}

// elk.bundled.js runs ELK in this thread through a fake worker: we are already off the main thread,
// and a nested worker would need its own bundle URL.
let elk: InstanceType<typeof ELK> | undefined;

/**
 * Builds the ELK instance now. The first construction loads ELK's worker code, which, seeing a worker
 * global, assigns `self.onmessage` to ELK's own dispatcher: worker.ts calls this before taking it back.
 */
export function prepareLayoutEngine(): void {
  elk ??= new ELK();
}

export async function layoutGraph(graph: ClusterGraph, measure: TextMeasure = ESTIMATED_MEASURE): Promise<GraphLayout> {
  if (graph.nodes.length > MAX_ELK_NODES) return { positions: layoutByColumns(graph, measure), engine: 'columns' };
  const engine = (elk ??= new ELK());
  try {
    // Each namespace island is laid out on its own first (a few boxes each), then the whole picture sees it
    // as one box: no compound layout, whose cost grows badly with the pods (see the README).
    const islandBoxes: Record<string, NodeBox> = {};
    const islandSizes = new Map<string, BoxSize>();
    for (const island of graph.nodes.filter((node) => isIslandId(node.id))) {
      const contents = islandContents(graph, island.id);
      if (contents.nodes.length === 0) continue;
      const input = toElkGraph(contents, measure);
      const laidOut = readElkPositions(await engine.layout(withBoundary(input.root, graph, island.id)), input.inside);
      const ids = contents.nodes.map((node) => node.id);
      islandSizes.set(island.id, frameIsland(island, laidOut, ids, islandBoxes, measure));
    }
    const input = toElkGraph(graph, measure, islandSizes);
    const result = await engine.layout(input.root);
    return { positions: readElkPositions(result, { ...input.inside, ...islandBoxes }), engine: 'elk' };
  } catch {
    // ELK rejects some shapes (e.g. an edge into a group from inside it); a plainer picture beats none.
    return { positions: layoutByColumns(graph, measure), engine: 'columns' };
  }
}
