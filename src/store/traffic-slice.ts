import type { StateCreator } from 'zustand/vanilla';
import type { Bridge } from '../bridge';
import type { Trace, TraceRequest, TrafficSpec } from '../core';
import type { AppState } from './app-state';
import { appendTrace, playheadTimeMs, runFromTraffic, selectHopOf, type Playhead, type PlayedTrace, type SelectedHop } from './traffic-state';

export type RequestStatus = 'idle' | 'sending' | 'streaming';

/**
 * Requests in motion: what the user asks for, the traces the worker answered (the run), and the player's
 * state. Per-frame motion is not here: the frame loop derives the clock from `playhead` and paints outside
 * React; this slice changes only when the user acts or a hop boundary passes.
 */
export interface TrafficSlice {
  /** Graph id of the source (`pod/NS/NAME`, `node/NAME`, `client/external`); '' lets the panel pick one. */
  readonly requestSource: string;
  readonly requestTarget: string;
  readonly streamRatePerSecond: number;
  readonly streamDurationSeconds: number;
  readonly packets: readonly PlayedTrace[];
  /** The request whose hops are listed and labelled on the canvas. */
  readonly focusedTraceId: number | null;
  /** The focused request's hop the playback has reached, updated only when it changes. */
  readonly currentHopIndex: number | null;
  readonly selectedHop: SelectedHop | null;
  readonly playing: boolean;
  readonly speed: number;
  readonly playhead: Playhead;
  readonly requestStatus: RequestStatus;
  readonly requestError: string | null;
  setRequestSource(id: string): void;
  setRequestTarget(target: string): void;
  setStreamRate(perSecond: number): void;
  setStreamDuration(seconds: number): void;
  /** Traces one request and plays it from where the clock stands. */
  sendRequest(request: TraceRequest): Promise<void>;
  /** Plays a trace the worker already answered (a lesson's) from where the clock stands; returns its id. */
  playTrace(trace: Trace): number;
  /** Simulates traffic over time and plays it as a fresh run. */
  streamRequests(spec: TrafficSpec): Promise<void>;
  play(): void;
  pause(): void;
  /** Moves the clock (and pauses: a scrub or a step is a close look). */
  seek(timeMs: number): void;
  setSpeed(speed: number): void;
  setCurrentHop(index: number | null): void;
  focusTrace(id: number): void;
  selectHop(traceId: number, index: number): void;
  clearSelectedHop(): void;
  clearRun(): void;
}

export interface TrafficSliceDeps {
  readonly bridge: Bridge;
  /** Wall clock in milliseconds (performance.now in the browser, a fake in tests). */
  readonly now: () => number;
}

export function createTrafficSlice(deps: TrafficSliceDeps): StateCreator<AppState, [], [], TrafficSlice> {
  const { bridge, now } = deps;
  let nextId = 1;
  return (set, get) => {
    const clockNow = (): number => {
      const { playhead, playing, speed } = get();
      return playheadTimeMs(playhead, playing, speed, now());
    };
    return {
      requestSource: '',
      requestTarget: '',
      streamRatePerSecond: 20,
      streamDurationSeconds: 5,
      packets: [],
      focusedTraceId: null,
      currentHopIndex: null,
      selectedHop: null,
      playing: false,
      speed: 1,
      playhead: { timeMs: 0, wallMs: 0 },
      requestStatus: 'idle',
      requestError: null,
      setRequestSource: (id) => set({ requestSource: id }),
      setRequestTarget: (target) => set({ requestTarget: target }),
      setStreamRate: (perSecond) => set({ streamRatePerSecond: perSecond }),
      setStreamDuration: (seconds) => set({ streamDurationSeconds: seconds }),
      async sendRequest(request) {
        set({ requestStatus: 'sending', requestError: null });
        const outcome = await bridge.query('trace', { request });
        if (outcome.type === 'failed') {
          set({ requestStatus: 'idle', requestError: outcome.message });
          return;
        }
        get().playTrace(outcome.result);
      },
      playTrace(trace) {
        const id = nextId++;
        const startMs = clockNow();
        set((state) => ({
          packets: appendTrace(state.packets, trace, startMs, id),
          focusedTraceId: id,
          currentHopIndex: 0,
          selectedHop: null,
          playing: true,
          playhead: { timeMs: startMs, wallMs: now() },
          requestStatus: 'idle',
        }));
        return id;
      },
      async streamRequests(spec) {
        set({ requestStatus: 'streaming', requestError: null });
        const outcome = await bridge.query('traffic', { spec });
        if (outcome.type === 'failed') {
          set({ requestStatus: 'idle', requestError: outcome.message });
          return;
        }
        const packets = runFromTraffic(outcome.result, nextId);
        nextId += packets.length;
        set({
          packets,
          focusedTraceId: packets[0]?.id ?? null,
          currentHopIndex: packets.length > 0 ? 0 : null,
          selectedHop: null,
          playing: packets.length > 0,
          playhead: { timeMs: 0, wallMs: now() },
          requestStatus: 'idle',
        });
      },
      play() {
        if (get().playing) return;
        set({ playing: true, playhead: { timeMs: get().playhead.timeMs, wallMs: now() } });
      },
      pause() {
        if (!get().playing) return;
        set({ playing: false, playhead: { timeMs: clockNow(), wallMs: now() } });
      },
      seek(timeMs) {
        set({ playing: false, playhead: { timeMs: Math.max(0, timeMs), wallMs: now() } });
      },
      setSpeed(speed) {
        // Re-anchor first, so the time already played keeps the old speed.
        set({ speed, playhead: { timeMs: clockNow(), wallMs: now() } });
      },
      setCurrentHop(index) {
        if (get().currentHopIndex !== index) set({ currentHopIndex: index });
      },
      focusTrace(id) {
        if (get().focusedTraceId === id) return;
        set({ focusedTraceId: id, currentHopIndex: null, selectedHop: null });
      },
      selectHop(traceId, index) {
        set({ focusedTraceId: traceId, selectedHop: selectHopOf(get().packets, traceId, index) });
      },
      clearSelectedHop: () => set({ selectedHop: null }),
      clearRun() {
        set({ packets: [], focusedTraceId: null, currentHopIndex: null, selectedHop: null, playing: false, playhead: { timeMs: 0, wallMs: now() } });
      },
    };
  };
}
