import { useEffect, useRef } from 'react';
import { playheadTimeMs, selectGraph, type AppState } from '../../store';
import { cachedRunPlan } from '../canvas/packets/run-plan';
import type { RequestActions } from '../requests/use-request-actions';
import { useAppStore, useAppStoreApi } from '../store-context';
import { endedOnItsOwn, LOOP_PAUSE_MS, shouldAutoplay, type PlaybackMoment } from './autoplay';

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function momentOf(state: AppState): PlaybackMoment {
  return {
    playing: state.playing,
    timeMs: playheadTimeMs(state.playhead, state.playing, state.speed, performance.now()),
    endMs: cachedRunPlan(state.packets, state.graph).endMs,
  };
}

/**
 * `&autoplay=1`: once the graph is drawn, sends the scenario's request (the first request after loading,
 * so it replays the same trace every time). `&loop=1`: when the run ends on its own, it plays again after
 * a pause, the same trace, until the reader pauses or picks another request.
 */
export function useAutoplay(actions: RequestActions, autoplay: boolean, loop: boolean): void {
  const store = useAppStoreApi();
  const graph = useAppStore(selectGraph);
  const sent = useRef(false);
  const send = actions.send;

  useEffect(() => {
    if (!shouldAutoplay({ autoplay, hasGraph: graph !== null, alreadySent: sent.current, reducedMotion: prefersReducedMotion() })) return;
    sent.current = true;
    send();
  }, [autoplay, graph, send]);

  useEffect(() => {
    if (!loop) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (!endedOnItsOwn(momentOf(previous), momentOf(state))) return;
      clearTimeout(timer);
      const packets = state.packets;
      timer = setTimeout(() => {
        const now = store.getState();
        // The reader did something meanwhile (played, picked another request): theirs wins.
        if (now.playing || now.packets !== packets) return;
        now.seek(0);
        now.play();
      }, LOOP_PAUSE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, loop]);
}
