import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SPEEDS, playheadTimeMs, selectCurrentHopIndex, selectFocusedTrace, selectGraph, selectPackets, selectPlaying, selectSpeed } from '../../store';
import { cachedRunPlan, hopIndexAt, stepTimeMs } from '../canvas/packets/run-plan';
import { useAppStore, useAppStoreApi } from '../store-context';
import { PlayerIcon } from './PlayerIcon';
import { playStartMs, readoutText, timelineValueText } from './player-time';
import { frameLoopFor } from './store-frame-loop';
import './player.css';

/**
 * Play, pause, step hop by hop, speed and a timeline to scrub. The timeline's thumb and readout move in
 * the shared frame loop by direct DOM writes; this component re-renders only when play state changes.
 * It also drives the run: pauses at the end, and tells the store which hop the focused request is at.
 */
export function PlayerControls() {
  const { t } = useTranslation('player');
  const ids = { speed: useId(), timeline: useId() };
  const store = useAppStoreApi();
  const packets = useAppStore(selectPackets);
  const graph = useAppStore(selectGraph);
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const focused = useAppStore(selectFocusedTrace);
  const currentHop = useAppStore(selectCurrentHopIndex);
  const run = cachedRunPlan(packets, graph);
  const timeline = useRef<HTMLInputElement>(null);
  const readout = useRef<HTMLSpanElement>(null);
  const empty = run.packets.length === 0;
  const focusIndex = focused ? packets.indexOf(focused) : -1;

  useEffect(() => {
    const loop = frameLoopFor(store);
    // The thumb and the readout are written only when what they show changes: a DOM write is a layout.
    let spoken = '';
    let thumb = -1;
    let said = '';
    return loop.add((nowMs) => {
      const state = store.getState();
      const plan = cachedRunPlan(state.packets, state.graph);
      const time = playheadTimeMs(state.playhead, state.playing, state.speed, nowMs);
      if (state.playing && time >= plan.endMs) state.seek(plan.endMs);
      const shown = Math.min(time, plan.endMs);
      const planned = state.focusedTraceId === null ? undefined : plan.byId.get(state.focusedTraceId);
      const hop = planned ? hopIndexAt(planned, shown) : null;
      state.setCurrentHop(hop);
      const slider = timeline.current;
      // One step of the thumb is about a pixel of a 300-pixel track.
      const position = Math.round((shown / Math.max(1, plan.endMs)) * 300);
      if (slider && position !== thumb) {
        thumb = position;
        slider.value = String(Math.round(shown));
      }
      const text = timelineValueText(shown, plan.endMs, hop, planned?.plan.stops.length ?? 0, t);
      if (slider && text !== spoken) slider.setAttribute('aria-valuetext', (spoken = text));
      const shownText = readoutText(shown, plan.endMs, t);
      if (readout.current && shownText !== said) readout.current.textContent = said = shownText;
    });
    // A new language gives a new `t`: the listener is added again and writes its words in that language.
  }, [store, t]);

  const now = (): number => {
    const state = store.getState();
    return playheadTimeMs(state.playhead, state.playing, state.speed, performance.now());
  };
  const step = (direction: 1 | -1): void => {
    const planned = focused ? run.byId.get(focused.id) : undefined;
    if (planned) store.getState().seek(stepTimeMs(planned, now(), direction));
  };
  const togglePlay = (): void => {
    const state = store.getState();
    if (state.playing) return state.pause();
    const restart = playStartMs(now(), run.endMs);
    if (restart !== null) state.seek(restart);
    state.play();
  };
  const focusNeighbour = (offset: number): void => {
    const next = packets[focusIndex + offset];
    if (next) store.getState().focusTrace(next.id);
  };

  return (
    <div className="player" role="group" aria-label={t('player')}>
      <div className="player-row">
        <button type="button" onClick={() => step(-1)} disabled={empty} aria-label={t('previousHop')} title={t('previousHop')}>
          <PlayerIcon name="previous" />
        </button>
        <button type="button" className="player-play" onClick={togglePlay} disabled={empty} aria-label={playing ? t('pause') : t('play')}>
          <PlayerIcon name={playing ? 'pause' : 'play'} />
        </button>
        <button type="button" onClick={() => step(1)} disabled={empty} aria-label={t('nextHop')} title={t('nextHop')}>
          <PlayerIcon name="next" />
        </button>
        <label htmlFor={ids.timeline} className="visually-hidden">
          {t('timeline')}
        </label>
        <input
          ref={timeline}
          id={ids.timeline}
          className="player-timeline"
          type="range"
          min={0}
          max={Math.max(1, Math.round(run.endMs))}
          step={10}
          defaultValue={0}
          disabled={empty}
          aria-describedby={`${ids.timeline}-keys`}
          onInput={(event) => store.getState().seek(event.currentTarget.valueAsNumber)}
          onKeyDown={(event) => {
            // Arrows walk the focused request hop by hop (a 10 ms step would take a thousand presses).
            if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
            event.preventDefault();
            step(event.key === 'ArrowRight' ? 1 : -1);
          }}
        />
        <span id={`${ids.timeline}-keys`} hidden>
          {t('timelineKeys')}
        </span>
      </div>
      <div className="player-row">
        <label htmlFor={ids.speed}>{t('speed')}</label>
        <select id={ids.speed} value={speed} onChange={(event) => store.getState().setSpeed(Number(event.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('speedValue', { speed: s })}
            </option>
          ))}
        </select>
        <span ref={readout} className="player-readout" aria-hidden="true">
          {readoutText(0, 0, t)}
        </span>
        <span className="player-hop" aria-hidden="true">
          {focused && currentHop !== null ? t('hopOfTrace', { hop: currentHop + 1, hops: focused.trace.hops.length }) : ''}
        </span>
      </div>
      {packets.length > 0 ? (
        <div className="player-row player-requests">
          <button type="button" onClick={() => focusNeighbour(-1)} disabled={focusIndex <= 0} aria-label={t('previousRequest')}>
            ‹
          </button>
          <span>{t('requestOfRun', { index: focusIndex + 1, requests: packets.length })}</span>
          <button type="button" onClick={() => focusNeighbour(1)} disabled={focusIndex >= packets.length - 1} aria-label={t('nextRequest')}>
            ›
          </button>
          <button type="button" className="player-clear" onClick={() => store.getState().clearRun()}>
            {t('clear')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
