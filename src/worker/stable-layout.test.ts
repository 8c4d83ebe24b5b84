import { beforeEach, describe, expect, it } from 'vitest';
import { applyManifestEdit, type ManifestEdit } from '../core';
import { myappClusterIP } from '../examples/myapp-clusterip';
import { PROTOCOL_VERSION, type LoadedReply } from '../protocol';
import { forgetPreviousLayout, handleMessage } from './handle-message';

async function load(text: string): Promise<LoadedReply> {
  const reply = await handleMessage({ type: 'load', requestId: 1, protocolVersion: PROTOCOL_VERSION, text, settings: {}, view: { showSystemObjects: false } });
  if (reply.type !== 'loaded') throw new Error(reply.type);
  return reply;
}

/** Where each box is on screen: pods are stored relative to their Node group. */
function absolute(reply: LoadedReply): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  for (const node of reply.graph.nodes) {
    const box = reply.positions[node.id];
    const parent = node.parentId === undefined ? undefined : reply.positions[node.parentId];
    if (box) out.set(node.id, { x: box.x + (parent?.x ?? 0), y: box.y + (parent?.y ?? 0) });
  }
  return out;
}

/** Ids of objects drawn in both answers that moved on screen by more than a pixel. */
function moved(a: LoadedReply, b: LoadedReply): string[] {
  const before = absolute(a);
  return [...absolute(b)]
    .filter(([id, p]) => {
      const q = before.get(id);
      return q !== undefined && Math.hypot(p.x - q.x, p.y - q.y) > 1;
    })
    .map(([id]) => id);
}

function edit(text: string, change: ManifestEdit): string {
  const result = applyManifestEdit(text, change);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe('a layout that stays still when the cluster changes a little', () => {
  beforeEach(() => forgetPreviousLayout());

  it('a pod made unready changes no box: the previous positions are kept and no layout runs', async () => {
    const before = await load(myappClusterIP);
    const pod = before.graph.nodes.find((n) => n.kind === 'pod')?.label ?? '';
    const after = await load(edit(myappClusterIP, { type: 'pod-ready', namespace: 'default', name: pod, ready: false }));
    expect(after.layoutContinuity).toBe('kept');
    expect(after.positions).toBe(after.positions);
    expect(moved(before, after)).toEqual([]);
  });

  it('switching to NodePort adds the client on the left without pushing the rest to the right', async () => {
    const before = await load(myappClusterIP);
    const after = await load(edit(myappClusterIP, { type: 'set-service-field', namespace: 'default', name: 'myapp', field: 'type', value: 'NodePort' }));
    expect(after.layoutContinuity).toBe('patched');
    expect(after.graph.nodes.some((n) => n.kind === 'client')).toBe(true);
    expect(moved(before, after)).toEqual([]);
  });

  it('one more replica: the objects drawn before stay where they were', async () => {
    const before = await load(myappClusterIP);
    const after = await load(edit(myappClusterIP, { type: 'scale', kind: 'Deployment', namespace: 'default', name: 'myapp', replicas: 4 }));
    expect(after.graph.nodes.filter((n) => n.kind === 'pod')).toHaveLength(4);
    expect(moved(before, after)).toEqual([]);
  });

  it('boxes never overlap after a patch, even when a Node group grows', async () => {
    await load(myappClusterIP);
    const after = await load(edit(myappClusterIP, { type: 'scale', kind: 'Deployment', namespace: 'default', name: 'myapp', replicas: 5 }));
    const top = after.graph.nodes.filter((n) => n.parentId === undefined).map((n) => after.positions[n.id]);
    top.forEach((a, i) =>
      top.slice(i + 1).forEach((b) => {
        if (!a || !b) return;
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
      }),
    );
  });

  it('a different text is a new picture', async () => {
    await load(myappClusterIP);
    const other = await load('apiVersion: v1\nkind: Service\nmetadata: {name: other}\nspec: {ports: [{port: 80}], selector: {app: other}}\n');
    expect(other.layoutContinuity).toBe('fresh');
  });
});
