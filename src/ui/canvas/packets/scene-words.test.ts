import { describe, expect, it } from 'vitest';
import { narrateTrace } from '../../../core';
import type { PlayedTrace } from '../../../store';
import { createI18n } from '../../../i18n/create-i18n';
import { describeHopChanges, hopDetail } from '../../requests/hop-change';
import { MYAPP, firstPod, scenario } from '../../requests/test-traces';
import { LIGHT_CANVAS_PALETTE } from '../../theme/canvas-palette';
import { indexEdges } from './edge-index';
import { buildScene, type SceneView } from './packet-scene';
import { planRun } from './run-plan';
import { sceneWords } from './scene-words';

const HAN = /\p{Script=Han}/u;
const english = sceneWords(createI18n('en').getFixedT('en', 'requests'), 'en');
const chinese = sceneWords(createI18n('zh').getFixedT('zh', 'requests'), 'zh');

function clusterIPRun() {
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
  return { run: planRun(packets, s.graph), trace, view };
}

describe('the words of the hop label', () => {
  it('gives each hop the note the hop list shows: the engine’s in English, the narration in Chinese', () => {
    const { trace } = clusterIPRun();
    expect(english.noteOf(trace, 0)).toBe(trace.hops[0]?.note);
    const narrated = narrateTrace(trace, 'zh').hops;
    expect(chinese.noteOf(trace, 1)).toBe(narrated[1]);
    expect(chinese.noteOf(trace, 1)).toMatch(HAN);
    expect(chinese.noteOf(trace, trace.hops.length)).toBeUndefined();
  });

  it('labels the focused packet in Chinese when handed Chinese words, and in English without words', () => {
    const { run, trace, view } = clusterIPRun();
    const plan = run.packets[0]?.plan;
    if (!plan) throw new Error('fixture changed');
    expect(buildScene(run, plan.endMs, view, 1, LIGHT_CANVAS_PALETTE).label?.lines[0]?.text).toBe('✓ Delivered');
    const end = buildScene(run, plan.endMs, view, 1, LIGHT_CANVAS_PALETTE, chinese);
    expect(end.label?.lines[0]?.text).toMatch(/^✓ \p{Script=Han}/u);
    expect(end.label?.title).toMatch(HAN);

    // A hop that changed no header is explained by its note: the narration in Chinese.
    const quiet = plan.stops.findIndex((stop) => {
      const hop = trace.hops[stop.hopIndex];
      return hop !== undefined && describeHopChanges(hop).length === 0;
    });
    const stop = plan.stops[quiet];
    const hop = stop ? trace.hops[stop.hopIndex] : undefined;
    if (!stop || !hop || quiet === plan.stops.length - 1) throw new Error('fixture changed');
    const label = buildScene(run, stop.arriveMs + 1, view, 1, LIGHT_CANVAS_PALETTE, chinese).label;
    expect(label?.detail).toBe(hopDetail(hop, narrateTrace(trace, 'zh').hops[stop.hopIndex]));
    expect(label?.detail).toMatch(HAN);
  });
});
