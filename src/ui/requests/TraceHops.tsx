import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectCurrentHopIndex, selectFocusedTraceId, selectGraph, selectPackets, selectSelectedHop } from '../../store';
import { cachedRunPlan, hopTimeMs } from '../canvas/packets/run-plan';
import { useAppStore, useAppStoreApi } from '../store-context';
import { describeHopChanges, hopCaption, hopKindLabel, placeName } from './hop-change';
import { hopNotes } from './hop-notes';
import { languageOf } from './requests-t';
import './trace-hops.css';

interface TraceHopsProps {
  /** Which request to list; the focused one (the last sent) by default. */
  readonly traceId?: number;
}

/** Arrow keys move between hops, as in any list a keyboard user walks. */
function moveFocus(event: KeyboardEvent<HTMLOListElement>): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.hop')];
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * The hops of one request: where, what changed, the rule that matched. Clicking a hop selects it (the
 * inspector reads `selectedHop.rule` to highlight the rule in the node's table) and moves the player
 * there. Embeddable: it reads everything from the store.
 */
export function TraceHops({ traceId }: TraceHopsProps) {
  const { t, i18n } = useTranslation('requests');
  const language = languageOf(i18n.language);
  const store = useAppStoreApi();
  const packets = useAppStore(selectPackets);
  const graph = useAppStore(selectGraph);
  const focusedId = useAppStore(selectFocusedTraceId);
  const currentHop = useAppStore(selectCurrentHopIndex);
  const selected = useAppStore(selectSelectedHop);
  const id = traceId ?? focusedId;
  const packet = id === null ? undefined : packets.find((p) => p.id === id);
  const list = useRef<HTMLOListElement>(null);
  const showCurrent = id === focusedId ? currentHop : null;
  const notes = useMemo(() => (packet ? hopNotes(packet.trace, language) : []), [packet, language]);

  useEffect(() => {
    if (showCurrent === null) return;
    list.current?.querySelector<HTMLElement>(`[data-hop="${showCurrent}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [showCurrent, packet]);

  if (!packet) return <p className="trace-hops-empty">{t('noHops')}</p>;

  const select = (index: number): void => {
    const state = store.getState();
    state.selectHop(packet.id, index);
    const planned = cachedRunPlan(state.packets, state.graph ?? graph).byId.get(packet.id);
    if (planned) state.seek(hopTimeMs(planned, index));
  };

  const firstReply = packet.trace.hops.findIndex((h) => h.reply === true);
  return (
    <ol className="trace-hops" aria-label={t('hopsList')} ref={list} onKeyDown={moveFocus}>
      {packet.trace.hops.map((hop, index) => {
        const changes = describeHopChanges(hop, t);
        const isSelected = selected?.traceId === packet.id && selected.index === index;
        return (
          <li key={index} data-hop={index} className={`hop-item${hop.reply ? ' is-reply' : ''}${index === firstReply ? ' first-reply' : ''}`}>
            <button
              type="button"
              className={`hop kind-${hop.kind}${index === showCurrent ? ' is-current' : ''}`}
              aria-pressed={isSelected}
              aria-current={index === showCurrent ? 'step' : undefined}
              onClick={() => select(index)}
            >
              <span className="hop-head">
                <span className="hop-index">{index + 1}</span>
                <span className="hop-kind">{hopKindLabel(hop, t)}</span>
                <span className="hop-place">{placeName(hop.at, t)}</span>
                <span className="hop-caption">{hopCaption(hop, t)}</span>
              </span>
              {changes.map((line) => (
                <span key={line} className="hop-change">
                  {line}
                </span>
              ))}
              {hop.rule ? <code className="hop-rule">{hop.rule.text}</code> : null}
              <span className="hop-note">{notes[index] ?? hop.note}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
