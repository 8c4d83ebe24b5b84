import { describe, expect, it } from 'vitest';
import { narrateTrace } from '../../core';
import type { PlayedTrace } from '../../store';
import { indexEdges } from '../canvas/packets/edge-index';
import { buildScene, type SceneView } from '../canvas/packets/packet-scene';
import { planRun } from '../canvas/packets/run-plan';
import { MYAPP, firstPod, scenario } from '../requests/test-traces';
import { LIGHT_CANVAS_PALETTE } from '../theme/canvas-palette';
import { exportSceneWords } from './export-words';

const HAN = /\p{Script=Han}/u;

function deliveredLabel(language: 'en' | 'zh') {
  const s = scenario(MYAPP);
  const from = firstPod(s.graph, 'myapp-');
  const trace = s.trace({ type: 'pod', namespace: from.namespace, name: from.name }, 'myapp');
  const packets: PlayedTrace[] = [{ id: 1, startMs: 0, trace }];
  const view: SceneView = {
    drawn: (id) => {
      const index = s.graph.nodes.findIndex((n) => n.id === id);
      return index < 0 ? undefined : { id, box: { x: index * 200, y: index * 100, width: 100, height: 50 } };
    },
    edgeBetween: indexEdges(s.graph),
    transform: [0, 0, 1],
  };
  const run = planRun(packets, s.graph);
  const endMs = run.packets[0]?.plan.endMs ?? 0;
  return { trace, label: buildScene(run, endMs, view, 1, LIGHT_CANVAS_PALETTE, exportSceneWords(language)).label };
}

describe('the words of an exported hop label', () => {
  it('are English for an English UI, as the overlay says them', () => {
    const { trace, label } = deliveredLabel('en');
    expect(label?.lines[0]?.text).toBe('✓ Delivered');
    expect(exportSceneWords('en').noteOf(trace, 0)).toBe(trace.hops[0]?.note);
  });

  it('are Chinese for a Chinese UI: the outcome from the dictionary, the notes from the narration', () => {
    const { trace, label } = deliveredLabel('zh');
    expect(label?.lines[0]?.text).toBe('✓ 已送达');
    expect(label?.title).toMatch(HAN);
    expect(exportSceneWords('zh').noteOf(trace, 1)).toBe(narrateTrace(trace, 'zh').hops[1]);
  });

  it('are made once per language', () => {
    expect(exportSceneWords('zh')).toBe(exportSceneWords('zh'));
    expect(exportSceneWords('en')).not.toBe(exportSceneWords('zh'));
  });
});
