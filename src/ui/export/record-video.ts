import { selectFocusedTrace, type AppStore } from '../../store';
import type { CanvasHandle } from '../share/canvas-handle';
import { ExportError } from './export-error';
import { packetPainter } from './packet-layer';
import { renderGraph } from './render-graph';
import { withWebmDuration } from './webm-duration';
import { evenPixels, pickVideoType, playbackTimeAt, progressAt, VIDEO_BITS_PER_SECOND, VIDEO_FPS, videoScale, videoTimeline } from './video-plan';

export interface RecordOptions {
  readonly store: AppStore;
  readonly canvas: CanvasHandle;
  readonly signal: AbortSignal;
  readonly onProgress: (fraction: number) => void;
}

export interface Recording {
  readonly blob: Blob;
  readonly durationMs: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The watched request's journey as a WebM video. The graph is drawn to a picture once; then, frame by
 * frame in real time, the picture and the packet scene of that moment (the player's own buildScene and
 * paintScene) are drawn onto an off-page canvas whose stream MediaRecorder records. Only the watched
 * request moves, from its first hop, whatever else was on the timeline.
 */
export async function recordJourney({ store, canvas, signal, onProgress }: RecordOptions): Promise<Recording> {
  const element = canvas.element();
  const state = store.getState();
  const focused = selectFocusedTrace(state);
  if (!element || !focused) throw new ExportError('no-request', 'there is no request to record');
  const type = typeof MediaRecorder === 'undefined' ? undefined : pickVideoType((t) => MediaRecorder.isTypeSupported(t));
  if (!type) throw new ExportError('no-video', 'this browser cannot record WebM video');

  const { width, height } = canvas.size();
  const scale = videoScale(width, height, globalThis.devicePixelRatio);
  const base = await renderGraph(element, scale);
  const frame = document.createElement('canvas');
  frame.width = evenPixels(width, scale);
  frame.height = evenPixels(height, scale);
  const frameCtx = frame.getContext('2d');
  if (!frameCtx) throw new ExportError('no-frames', 'this browser cannot draw the video frames');

  // The watched request alone, from its first hop.
  const packets = packetPainter(state, canvas, [{ ...focused, startMs: 0 }], { width, height, pixelRatio: frame.width / width });
  const timeline = videoTimeline(packets.run.endMs);
  const draw = (elapsedMs: number): void => {
    frameCtx.drawImage(base, 0, 0, frame.width, frame.height);
    frameCtx.drawImage(packets.paint(playbackTimeAt(timeline, elapsedMs)), 0, 0, frame.width, frame.height);
  };

  draw(0);
  const recorder = new MediaRecorder(frame.captureStream(VIDEO_FPS), { mimeType: type, videoBitsPerSecond: VIDEO_BITS_PER_SECOND });
  const chunks: Blob[] = [];
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
  recorder.start(250);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    let handle = 0;
    const abort = (): void => {
      cancelAnimationFrame(handle);
      reject(new DOMException('the recording was cancelled', 'AbortError'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    const tick = (now: number): void => {
      const elapsed = now - started;
      draw(elapsed);
      onProgress(progressAt(timeline, elapsed));
      if (elapsed >= timeline.totalMs) {
        signal.removeEventListener('abort', abort);
        resolve();
      } else handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
  }).finally(() => {
    if (recorder.state !== 'inactive') recorder.stop();
  });
  await stopped;
  const durationMs = performance.now() - started;
  const recorded = new Uint8Array(await new Blob(chunks).arrayBuffer());
  return { blob: new Blob([withWebmDuration(recorded, durationMs)], { type: 'video/webm' }), durationMs, width: frame.width, height: frame.height };
}
