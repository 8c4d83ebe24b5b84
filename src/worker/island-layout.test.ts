import { beforeEach, describe, expect, it } from 'vitest';
import { applyManifestEdit, buildCluster, buildGraph, type ManifestEdit } from '../core';
import { httpdCrossNamespaceManifests } from '../examples/httpd-cross-namespace';
import { ingressFanoutManifests } from '../examples/ingress-fanout';
import { myappClusterIP } from '../examples/myapp-clusterip';
import { PROTOCOL_VERSION, type LoadedReply, type NodeBox } from '../protocol';
import { layoutByColumns } from './columns-layout';
import { forgetPreviousLayout, handleMessage } from './handle-message';
import { findIslands, withIslands } from './view/namespace-islands';

async function load(text: string): Promise<LoadedReply> {
  const reply = await handleMessage({ type: 'load', requestId: 1, protocolVersion: PROTOCOL_VERSION, text, settings: {}, view: { showSystemObjects: false } });
  if (reply.type !== 'loaded') throw new Error(reply.type);
  return reply;
}

function edit(text: string, change: ManifestEdit): string {
  const result = applyManifestEdit(text, change);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

function overlap(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Members inside their island's box, and no two top-level boxes (islands, Nodes, the client) overlapping. */
function expectIslandsFramed(positions: Readonly<Record<string, NodeBox>>, islands: LoadedReply['islands'], topLevel: readonly string[]): void {
  for (const island of islands) {
    const frame = positions[island.id];
    expect(frame, island.id).toBeDefined();
    if (!frame) continue;
    for (const id of island.memberIds) {
      const box = positions[id];
      expect(box, id).toBeDefined();
      if (!box) continue;
      expect(box.x).toBeGreaterThan(0);
      expect(box.y).toBeGreaterThan(20);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.width);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.height);
    }
    const inside = island.memberIds.map((id) => positions[id]).filter((box): box is NodeBox => box !== undefined);
    inside.forEach((a, i) => inside.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  }
  const boxes = topLevel.map((id) => [id, positions[id]] as const);
  boxes.forEach(([idA, a], i) => boxes.slice(i + 1).forEach(([idB, b]) => expect(a && b && overlap(a, b), `${idA} / ${idB}`).toBe(false)));
}

function topLevelIds(reply: LoadedReply): string[] {
  const members = new Set(reply.islands.flatMap((island) => island.memberIds));
  return [...reply.islands.map((island) => island.id), ...reply.graph.nodes.filter((n) => n.parentId === undefined && !members.has(n.id)).map((n) => n.id)];
}

describe('namespace islands in the layout', () => {
  beforeEach(() => forgetPreviousLayout());

  it.each([
    ['httpd-cross-namespace-dns', httpdCrossNamespaceManifests, 2],
    ['ingress-fanout', ingressFanoutManifests, 2],
  ])('%s: each namespace is one box holding its objects, clear of the Nodes and of each other', async (_name, text, count) => {
    const reply = await load(text);
    expect(reply.islands).toHaveLength(count);
    expectIslandsFramed(reply.positions, reply.islands, topLevelIds(reply));
  });

  it('a single namespace is laid out as before: no island, no box of its own', async () => {
    const reply = await load(myappClusterIP);
    expect(reply.islands).toEqual([]);
    expect(Object.keys(reply.positions).some((id) => id.startsWith('island/'))).toBe(false);
  });

  it('the columns placement (past ELK’s limit) frames islands the same way', () => {
    const graph = buildGraph(buildCluster(ingressFanoutManifests, {}), { includeSystem: false });
    const islands = findIslands(graph);
    const positions = layoutByColumns(withIslands(graph, islands));
    const members = new Set(islands.flatMap((island) => island.memberIds));
    const top = [...islands.map((i) => i.id), ...graph.nodes.filter((n) => n.parentId === undefined && !members.has(n.id)).map((n) => n.id)];
    expectIslandsFramed(positions, islands, top);
  });

  it('an island keeps its place when a replica is added; inside it only what is below the grown Endpoints moves, down', async () => {
    const before = await load(httpdCrossNamespaceManifests);
    const after = await load(edit(httpdCrossNamespaceManifests, { type: 'scale', kind: 'Deployment', namespace: 'kube-public', name: 'httpd2', replicas: 4 }));
    expect(after.layoutContinuity).toBe('patched');
    expect(after.graph.nodes.filter((n) => n.kind === 'pod').length).toBe(before.graph.nodes.filter((n) => n.kind === 'pod').length + 1);
    for (const island of before.islands)
      expect(after.positions[island.id]).toMatchObject({ x: before.positions[island.id]?.x, y: before.positions[island.id]?.y });
    // The other namespace's island is untouched, box for box.
    const untouched = before.islands.find((island) => island.namespace === 'default');
    for (const id of untouched?.memberIds ?? []) expect(after.positions[id], id).toEqual(before.positions[id]);
    // In the scaled one the Endpoints card grew by an address line: boxes keep their column and never move up.
    const scaled = before.islands.find((island) => island.namespace === 'kube-public');
    for (const id of scaled?.memberIds ?? []) {
      expect(after.positions[id]?.x, id).toBe(before.positions[id]?.x);
      expect(after.positions[id]?.y ?? 0, id).toBeGreaterThanOrEqual(before.positions[id]?.y ?? 0);
    }
    for (const id of ['service/kube-public/httpd2-svc', 'deployment/kube-public/httpd2', 'endpoints/kube-public/httpd2-svc'])
      expect(after.positions[id], id).toMatchObject({ x: before.positions[id]?.x, y: before.positions[id]?.y });
    expectIslandsFramed(after.positions, after.islands, topLevelIds(after));
  });

  it('a new top-level box (the client, once a Service is NodePort) leaves the islands where they were', async () => {
    const before = await load(httpdCrossNamespaceManifests);
    const after = await load(
      edit(httpdCrossNamespaceManifests, { type: 'set-service-field', namespace: 'default', name: 'httpd-svc', field: 'type', value: 'NodePort' }),
    );
    expect(after.graph.nodes.some((n) => n.kind === 'client')).toBe(true);
    expect(after.layoutContinuity).toBe('patched');
    for (const island of before.islands)
      expect(after.positions[island.id]).toMatchObject({ x: before.positions[island.id]?.x, y: before.positions[island.id]?.y });
    expectIslandsFramed(after.positions, after.islands, topLevelIds(after));
  });

  it('a second namespace appearing draws islands; the boxes inside are relative to them, not where they were', async () => {
    const one = myappClusterIP;
    await load(one);
    const two = `${one}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: other\n  namespace: shop\nspec:\n  selector:\n    app: other\n  ports:\n  - port: 80\n`;
    const after = await load(two);
    expect(after.islands.map((island) => island.namespace)).toEqual(['default', 'shop']);
    expectIslandsFramed(after.positions, after.islands, topLevelIds(after));
    // And back: the objects leave their island and are laid out at the top level again.
    const back = await load(one);
    expect(back.islands).toEqual([]);
    expectIslandsFramed(back.positions, [], topLevelIds(back));
  });
});
