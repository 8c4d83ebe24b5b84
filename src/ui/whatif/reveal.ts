import type { GraphNode } from '../../core';
import type { NamespaceIsland, NodeBox, NodePositions } from '../../protocol';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

function sameBox(a: NodeBox | undefined, b: NodeBox): boolean {
  return a !== undefined && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/**
 * Whether a box that is new, or moved or grew, now lies (partly) outside the visible canvas. After a what-if
 * the view stays where it is, unless what changed would be off-screen: then it is fitted again. A pod is
 * placed by its group: its box is relative, and a group that moved counts for it.
 */
export function changeOutOfView(
  nodes: readonly GraphNode[],
  positions: NodePositions,
  previous: NodePositions,
  viewport: Viewport,
  size: { readonly width: number; readonly height: number },
  islands: readonly NamespaceIsland[] = [],
): boolean {
  const islandOf = new Map<string, string>();
  for (const island of islands) for (const id of island.memberIds) islandOf.set(id, island.id);
  return nodes.some((node) => {
    const box = positions[node.id];
    if (!box || sameBox(previous[node.id], box)) return false;
    // An object in a namespace island is placed relative to the island, as a pod is to its Node.
    const parentId = islandOf.get(node.id) ?? node.parentId;
    const parent = parentId === undefined ? undefined : positions[parentId];
    const x = (box.x + (parent?.x ?? 0)) * viewport.zoom + viewport.x;
    const y = (box.y + (parent?.y ?? 0)) * viewport.zoom + viewport.y;
    return x < 0 || y < 0 || x + box.width * viewport.zoom > size.width || y + box.height * viewport.zoom > size.height;
  });
}
