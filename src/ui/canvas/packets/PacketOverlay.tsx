import { useStoreApi, type InternalNode } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { playheadTimeMs } from '../../../store';
import { frameLoopFor } from '../../player/store-frame-loop';
import { useAppStoreApi } from '../../store-context';
import { currentCanvasPalette, onThemeChange } from '../../theme/live-theme';
import type { FlowNode } from '../to-flow-elements';
import { podStackIndex } from '../../requests/cluster-targets';
import { languageOf } from '../../requests/requests-t';
import { cachedEdgeIndex } from './edge-index';
import type { Box } from './geometry';
import { paintScene } from './paint-scene';
import { buildScene } from './packet-scene';
import { cachedRunPlan } from './run-plan';
import { sceneWords, type SceneWords } from './scene-words';
import './packets.css';

function boxOfNode(node: InternalNode<FlowNode> | undefined): Box | undefined {
  if (!node || node.hidden) return undefined;
  const width = node.measured.width ?? node.width;
  const height = node.measured.height ?? node.height;
  if (width === undefined || height === undefined) return undefined;
  return { x: node.internals.positionAbsolute.x, y: node.internals.positionAbsolute.y, width, height };
}

/**
 * One canvas over the graph; every packet, label, load bar and count is painted here in the shared frame
 * loop, reading React Flow's store and ours directly. Nothing here re-renders React: the component renders
 * once (and again when the language changes), and frames only touch the canvas (and a data attribute that
 * tests and tools read).
 */
export function PacketOverlay() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const flow = useStoreApi<FlowNode>();
  const store = useAppStoreApi();
  // The hop label speaks the request list's words (its namespace), so both say the same.
  const { t, i18n } = useTranslation('requests');
  const words = useMemo(() => sceneWords(t, languageOf(i18n.language)), [t, i18n.language]);
  // Read by the frames, so a language switch neither restarts the loop nor re-renders anything.
  const wordsRef = useRef<SceneWords>(words);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const loop = frameLoopFor(store);
    let shown = -1;
    let stackIndex: { stacks: unknown; index: ReadonlyMap<string, string> } = { stacks: null, index: new Map() };
    // What tests and tools read (packets on screen, painting cost), written a few times a second at most.
    let reportedAt = -Infinity;
    let paintMsSum = 0;
    let paintFrames = 0;
    const paint = (nowMs: number): void => {
      const started = performance.now();
      const state = store.getState();
      const { transform, nodeLookup, width, height } = flow.getState();
      const ratio = globalThis.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * ratio);
      const pixelHeight = Math.round(height * ratio);
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
      }
      const run = cachedRunPlan(state.packets, state.graph);
      if (stackIndex.stacks !== state.stacks) stackIndex = { stacks: state.stacks, index: podStackIndex(state.stacks) };
      const stackOf = stackIndex.index;
      // A pod folded into a stack is drawn as the stack.
      const drawn = (id: string): { id: string; box: Box } | undefined => {
        const box = boxOfNode(nodeLookup.get(id));
        if (box) return { id, box };
        const stack = stackOf.get(id);
        const stackBox = stack === undefined ? undefined : boxOfNode(nodeLookup.get(stack));
        return stack !== undefined && stackBox ? { id: stack, box: stackBox } : undefined;
      };
      const timeMs = playheadTimeMs(state.playhead, state.playing, state.speed, nowMs);
      // Cached per theme: computed style is read when the theme changes, not in every frame.
      const palette = currentCanvasPalette();
      const scene = buildScene(run, timeMs, { drawn, edgeBetween: cachedEdgeIndex(state.graph), transform }, state.focusedTraceId, palette, wordsRef.current);
      paintScene(ctx, scene, width, height, ratio, palette);
      paintMsSum += performance.now() - started;
      paintFrames += 1;
      const count = scene.sprites.length;
      const appearedOrGone = (count === 0) !== shown <= 0;
      if (appearedOrGone || nowMs - reportedAt > 250) {
        reportedAt = nowMs;
        if (count !== shown) canvas.dataset.packets = String((shown = count));
        canvas.dataset.paintMs = (paintMsSum / paintFrames).toFixed(2);
        paintMsSum = 0;
        paintFrames = 0;
      }
    };
    const remove = loop.add(paint);
    // Pan, zoom, drags and new nodes change React Flow's store: repaint once, even while paused.
    const unsubscribe = flow.subscribe(() => loop.invalidate());
    // A new theme repaints a paused scene in its colours.
    const stopWatchingTheme = onThemeChange(() => loop.invalidate());
    return () => {
      remove();
      unsubscribe();
      stopWatchingTheme();
    };
  }, [flow, store]);

  useEffect(() => {
    wordsRef.current = words;
    // A paused label is repainted in the new language.
    frameLoopFor(store).invalidate();
  }, [words, store]);

  return <canvas ref={canvasRef} className="packet-overlay" aria-hidden="true" data-packets="0" />;
}
