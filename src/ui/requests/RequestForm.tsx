import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectGraph, selectRequestError, selectRequestStatus, selectRequestTarget, selectStreamDuration, selectStreamRate } from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { sourceGroups } from './request-source';
import { ServiceShortcuts } from './ServiceShortcuts';
import { targetSuggestions } from './target-suggestions';
import { SourceOptions } from './SourceOptions';
import type { RequestActions } from './use-request-actions';

/** Bounds that keep a stream watchable and the worker responsive (at most 12,000 requests). */
export const MAX_RATE_PER_SECOND = 200;
export const MAX_DURATION_SECONDS = 60;

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

export function RequestForm({ actions }: { readonly actions: RequestActions }) {
  const { t } = useTranslation('requests');
  const ids = { source: useId(), target: useId(), list: useId(), rate: useId(), duration: useId() };
  const store = useAppStoreApi();
  const graph = useAppStore(selectGraph);
  const typedTarget = useAppStore(selectRequestTarget);
  const status = useAppStore(selectRequestStatus);
  const error = useAppStore(selectRequestError);
  const rate = useAppStore(selectStreamRate);
  const duration = useAppStore(selectStreamDuration);
  const { targets, source, placeholderTarget } = actions;
  const clientIP = graph?.nodes.find((n) => n.id === 'client/external')?.details[0];
  const groups = useMemo(() => sourceGroups(targets, clientIP, t), [targets, clientIP, t]);
  const suggestions = useMemo(() => targetSuggestions(targets, t), [targets, t]);
  const busy = status !== 'idle';
  const disabled = graph === null;

  return (
    <form
      className="request-form"
      aria-label={t('requestForm')}
      onSubmit={(event) => {
        event.preventDefault();
        actions.send();
      }}
    >
      <div className="field">
        <label htmlFor={ids.source}>{t('source')}</label>
        <select id={ids.source} value={source} onChange={(event) => store.getState().setRequestSource(event.target.value)}>
          <SourceOptions groups={groups} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.target}>{t('destination')}</label>
        <input
          id={ids.target}
          type="text"
          list={ids.list}
          value={typedTarget}
          placeholder={placeholderTarget}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${ids.target}-hint`}
          onChange={(event) => store.getState().setRequestTarget(event.target.value)}
        />
        <datalist id={ids.list}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
        <span id={`${ids.target}-hint`} className="field-hint">
          {t('destinationHint')}
        </span>
      </div>
      <div className="request-actions">
        <button type="submit" className="button-primary" disabled={disabled || busy}>
          {status === 'sending' ? t('sending') : t('send')}
        </button>
        <button type="button" disabled={disabled || busy} onClick={actions.stream}>
          {status === 'streaming' ? t('streaming') : t('stream')}
        </button>
        <label htmlFor={ids.rate} className="visually-hidden">
          {t('ratePerSecond')}
        </label>
        <input
          id={ids.rate}
          className="number-input"
          type="number"
          min={1}
          max={MAX_RATE_PER_SECOND}
          value={rate}
          onChange={(event) => store.getState().setStreamRate(clampInt(event.target.valueAsNumber, 1, MAX_RATE_PER_SECOND))}
        />
        <span aria-hidden="true">{t('perSecondFor')}</span>
        <label htmlFor={ids.duration} className="visually-hidden">
          {t('streamSeconds')}
        </label>
        <input
          id={ids.duration}
          className="number-input"
          type="number"
          min={1}
          max={MAX_DURATION_SECONDS}
          value={duration}
          onChange={(event) => store.getState().setStreamDuration(clampInt(event.target.valueAsNumber, 1, MAX_DURATION_SECONDS))}
        />
        <span aria-hidden="true">{t('secondsUnit')}</span>
      </div>
      {error !== null ? (
        <p className="request-error" role="alert">
          {error}
        </p>
      ) : null}
      <ServiceShortcuts actions={actions} />
    </form>
  );
}
