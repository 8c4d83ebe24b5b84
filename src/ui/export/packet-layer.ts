import { playheadTimeMs, type AppState, type PlayedTrace } from '../../store';
import { cachedEdgeIndex } from '../canvas/packets/edge-index';
import { paintScene } from '../canvas/packets/paint-scene';
import { buildScene, type SceneView } from '../canvas/packets/packet-scene';
import { planRun, type RunPlan } from '../canvas/packets/run-plan';
import { podStackIndex } from '../requests/cluster-targets';
import type { CanvasHandle } from '../share/canvas-handle';
import { currentCanvasPalette } from '../theme/live-theme';
import { exportSceneWords } from './export-words';

/**
 * The packet layer for exports: the overlay's own scene (buildScene) painted by its own painter
 * (paintScene), at the export's resolution instead of the screen's, so labels stay sharp at 2×.
 */
export function sceneViewOf(state: AppState, canvas: CanvasHandle): SceneView {
  const stackOf = podStackIndex(state.stacks);
  const { x, y, zoom } = canvas.viewport();
  return {
    drawn: (id) => {
      const box = canvas.box(id);
      if (box) return { id, box };
      const stack = stackOf.get(id);
      const stackBox = stack === undefined ? undefined : canvas.box(stack);
      return stack !== undefined && stackBox ? { id: stack, box: stackBox } : undefined;
    },
    edgeBetween: cachedEdgeIndex(state.graph),
    transform: [x, y, zoom],
  };
}

export interface PacketPainter {
  /** Paints the scene at playback time `timeMs` over a transparent layer of the export's size. */
  paint(timeMs: number): HTMLCanvasElement;
}

/**
 * A painter for `packets` over an area of `width`×`height` CSS pixels drawn at `pixelRatio`. The hop label
 * speaks the UI's language (the store's), as the overlay on screen does.
 */
export function packetPainter(
  state: AppState,
  canvas: CanvasHandle,
  packets: readonly PlayedTrace[],
  size: { readonly width: number; readonly height: number; readonly pixelRatio: number },
): PacketPainter & { readonly run: RunPlan } {
  const layer = document.createElement('canvas');
  layer.width = Math.round(size.width * size.pixelRatio);
  layer.height = Math.round(size.height * size.pixelRatio);
  const ctx = layer.getContext('2d');
  const run = planRun(packets, state.graph);
  const view = sceneViewOf(state, canvas);
  // The theme on screen when the export starts: an export shows what the viewer sees.
  const palette = currentCanvasPalette();
  const words = exportSceneWords(state.language);
  return {
    run,
    paint(timeMs) {
      if (ctx) paintScene(ctx, buildScene(run, timeMs, view, state.focusedTraceId, palette, words), size.width, size.height, size.pixelRatio, palette);
      return layer;
    },
  };
}

/** Where the player's clock stands now: what the packet layer on screen shows. */
export function playbackNow(state: AppState): number {
  return playheadTimeMs(state.playhead, state.playing, state.speed, performance.now());
}
