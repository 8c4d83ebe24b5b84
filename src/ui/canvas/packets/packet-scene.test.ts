import { describe, expect, it } from 'vitest';
import type { ClusterGraph } from '../../../core';
import type { PlayedTrace } from '../../../store';
import { LOCAL_NODEPORT, MYAPP, firstPod, scenario } from '../../requests/test-traces';
import { indexEdges } from './edge-index';
import type { Box } from './geometry';
import { LIGHT_CANVAS_PALETTE } from '../../theme/canvas-palette';
import { buildScene, type SceneView } from './packet-scene';
import { planRun } from './run-plan';

/** Every graph node drawn as a 100×50 box on a diagonal, except the ones left out. */
function view(
  graph: ClusterGraph,
  transform: [number, number, number] = [0, 0, 1],
  leftOut: readonly string[] = [],
  aliases: ReadonlyMap<string, string> = new Map(),
): SceneView & { boxOf(id: string): Box | undefined } {
  const boxes = new Map<string, Box>(
    graph.nodes.filter((n) => !leftOut.includes(n.id)).map((n, i) => [n.id, { x: i * 200, y: i * 100, width: 100, height: 50 }]),
  );
  const drawn = (id: string) => {
    const own = boxes.get(id);
    if (own) return { id, box: own };
    const alias = aliases.get(id);
    const box = alias === undefined ? undefined : boxes.get(alias);
    return alias !== undefined && box ? { id: alias, box } : undefined;
  };
  return { drawn, boxOf: (id) => drawn(id)?.box, edgeBetween: indexEdges(graph), transform };
}

function clusterIPRun() {
  const s = scenario(MYAPP);
  const from = firstPod(s.graph, 'myapp-');
  const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
  const packets: PlayedTrace[] = [{ id: 1, startMs: 0, trace }];
  return { graph: s.graph, run: planRun(packets, s.graph), trace, from };
}

describe('packet scene', () => {
  it('draws the focused packet at its source pod at the start, in screen pixels', () => {
    const { graph, run, from } = clusterIPRun();
    const v = view(graph);
    const box = v.boxOf(from.id);
    const scene = buildScene(run, 0, v, 1, LIGHT_CANVAS_PALETTE);
    expect(scene.sprites).toHaveLength(1);
    expect(scene.sprites[0]).toMatchObject({ x: (box?.x ?? 0) + 50, y: (box?.y ?? 0) + 25, focused: true, colour: LIGHT_CANVAS_PALETTE.outcome.delivered });
  });

  it('follows pan and zoom: the same moment lands where the viewport puts the node', () => {
    const { graph, run } = clusterIPRun();
    const still = buildScene(run, 0, view(graph), 1, LIGHT_CANVAS_PALETTE).sprites[0];
    const moved = buildScene(run, 0, view(graph, [40, -10, 0.5]), 1, LIGHT_CANVAS_PALETTE).sprites[0];
    expect(moved?.x).toBeCloseTo((still?.x ?? 0) * 0.5 + 40);
    expect(moved?.y).toBeCloseTo((still?.y ?? 0) * 0.5 - 10);
  });

  it('a pod that is not drawn falls back to its Node', () => {
    const { graph, run, from, trace } = clusterIPRun();
    const v = view(graph, [0, 0, 1], [from.id]);
    const node = v.boxOf(`node/${trace.hops.find((h) => h.kind === 'send')?.node}`);
    const sprite = buildScene(run, 0, v, 1, LIGHT_CANVAS_PALETTE).sprites[0];
    expect(sprite?.x).toBe((node?.x ?? 0) + 50);
  });

  it('a pod folded into a stack is drawn at the stack, and its deliveries count there', () => {
    const { graph, run, trace } = clusterIPRun();
    if (trace.outcome.type !== 'delivered') throw new Error('fixture changed');
    const target = `pod/default/${trace.outcome.podName}`;
    // The target pod is not drawn; the stack that holds it takes the place of another node's box.
    const v = view(graph, [0, 0, 1], [target], new Map([[target, 'deployment/default/myapp']]));
    const plan = run.packets[0]?.plan;
    const scene = buildScene(run, plan?.settledMs ?? 0, v, 1, LIGHT_CANVAS_PALETTE);
    const stack = v.boxOf('deployment/default/myapp');
    expect(scene.sprites[0]?.x).toBe((stack?.x ?? 0) + 50);
    expect(scene.badges).toEqual([expect.objectContaining({ x: (stack?.x ?? 0) + 100 - 22, text: '✓ 1' })]);
  });

  it('labels the DNAT hop of the focused packet with what changed, above the Endpoints', () => {
    const { graph, run, trace } = clusterIPRun();
    const dnat = trace.hops.findIndex((h) => h.rule?.chain?.startsWith('KUBE-SEP-'));
    const at = run.packets[0]?.plan.stops[dnat]?.arriveMs ?? 0;
    const v = view(graph);
    const scene = buildScene(run, at + 1, v, 1, LIGHT_CANVAS_PALETTE);
    expect(scene.label?.title).toMatch(/KUBE-SEP-/);
    expect(scene.label?.lines[0]?.text).toMatch(/^dst 10\.\d+\.\d+\.\d+:38080 → 10\.244\.\d+\.\d+:8080 \(DNAT\)$/);
    expect(scene.label?.x).toBe((v.boxOf('endpoints/default/myapp')?.x ?? 0) + 50);
  });

  it('the last stop carries the outcome mark, and counts appear once a packet settles', () => {
    const { graph, run, trace } = clusterIPRun();
    const plan = run.packets[0]?.plan;
    if (!plan || trace.outcome.type !== 'delivered') throw new Error('fixture changed');
    const before = buildScene(run, plan.settledMs - 1, view(graph), 1, LIGHT_CANVAS_PALETTE);
    expect(before.badges).toEqual([]);
    const after = buildScene(run, plan.settledMs, view(graph), 1, LIGHT_CANVAS_PALETTE);
    expect(after.badges).toEqual([expect.objectContaining({ text: '✓ 1', colour: LIGHT_CANVAS_PALETTE.outcome.delivered })]);
    expect(after.bars).toEqual([expect.objectContaining({ fraction: 1 })]);
    const end = buildScene(run, plan.endMs, view(graph), 1, LIGHT_CANVAS_PALETTE);
    expect(end.sprites[0]?.glyph).toBe('✓');
    expect(end.label?.lines[0]?.text).toBe('✓ Delivered');
  });

  it('a Local-policy drop is counted on the Node that dropped it', () => {
    const s = scenario(LOCAL_NODEPORT);
    const trace = s.trace({ type: 'external' }, '192.168.49.2:32143');
    const run = planRun([{ id: 1, startMs: 0, trace }], s.graph);
    const v = view(s.graph);
    const scene = buildScene(run, run.endMs, v, null, LIGHT_CANVAS_PALETTE);
    const node = v.boxOf('node/control-plane');
    expect(scene.badges).toEqual([{ x: (node?.x ?? 0) + 100 - 22, y: node?.y ?? 0, slot: 0, text: '⊘ 1', colour: LIGHT_CANVAS_PALETTE.outcome.dropped }]);
    expect(scene.label).toBeNull();
  });

  it('zoomed far out, counts stay off nodes too small to carry them; the load bar remains', () => {
    const { graph, run } = clusterIPRun();
    const far = buildScene(run, run.endMs, view(graph, [0, 0, 0.3]), 1, LIGHT_CANVAS_PALETTE);
    expect(far.badges).toEqual([]);
    expect(far.bars).toHaveLength(1);
  });

  it('a delivery to a pod that is no longer drawn is not credited to its Node', () => {
    const { graph, run, trace } = clusterIPRun();
    if (trace.outcome.type !== 'delivered') throw new Error('fixture changed');
    const scene = buildScene(run, run.endMs, view(graph, [0, 0, 1], [`pod/default/${trace.outcome.podName}`]), 1, LIGHT_CANVAS_PALETTE);
    expect(scene.badges).toEqual([]);
  });

  it('the focused request keeps its mark and label until the run ends; others are gone', () => {
    const { graph, trace } = clusterIPRun();
    const run = planRun(
      [
        { id: 1, startMs: 0, trace },
        { id: 2, startMs: 3000, trace },
      ],
      graph,
    );
    const firstEnd = run.byId.get(1)?.plan.endMs ?? 0;
    const after = buildScene(run, firstEnd + 1000, view(graph), 1, LIGHT_CANVAS_PALETTE);
    expect(after.sprites.filter((s) => s.focused)).toEqual([expect.objectContaining({ glyph: '✓' })]);
    expect(after.label?.lines[0]?.text).toBe('✓ Delivered');
    const unfocused = buildScene(run, firstEnd + 1000, view(graph), 2, LIGHT_CANVAS_PALETTE);
    expect(unfocused.sprites.filter((s) => s.glyph)).toEqual([]);
  });

  it('paints in the palette it is handed, so packets, counts and labels follow the theme', () => {
    const { graph, run } = clusterIPRun();
    const plan = run.packets[0]?.plan;
    if (!plan) throw new Error('fixture changed');
    const dark = { ...LIGHT_CANVAS_PALETTE, ink: '#f1f5f9', outcome: { ...LIGHT_CANVAS_PALETTE.outcome, delivered: '#4ade80' } };
    const moving = buildScene(run, 1, view(graph), 1, dark);
    expect(moving.sprites[0]?.colour).toBe('#4ade80');
    expect(moving.label?.colour).toBe('#f1f5f9');
    const end = buildScene(run, plan.endMs, view(graph), 1, dark);
    expect(end.badges).toEqual([expect.objectContaining({ colour: '#4ade80' })]);
    expect(end.label?.colour).toBe('#4ade80');
    expect(end.label?.lines[0]?.colour).toBe('#4ade80');
  });

  it('many packets at one place are spread a little so a crowd reads as a crowd', () => {
    const { graph, trace } = clusterIPRun();
    const run = planRun(
      [1, 2, 3].map((id) => ({ id, startMs: 0, trace })),
      graph,
    );
    const xs = buildScene(run, 0, view(graph), null, LIGHT_CANVAS_PALETTE).sprites.map((s) => `${s.x.toFixed(1)},${s.y.toFixed(1)}`);
    expect(new Set(xs).size).toBe(3);
  });
});
