import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { selectGraph, selectRequestStatus, selectScenarioRequest } from '../../store';
import { sourceGroups } from '../requests/request-source';
import { targetSuggestions } from '../requests/target-suggestions';
import type { RequestActions } from '../requests/use-request-actions';
import { useAppStore, useAppStoreApi } from '../store-context';
import { SourceOptions } from '../requests/SourceOptions';
import { destinationOptions } from './autoplay';

/** The embed's request: a source and a destination to pick (no typing in a small frame), and Send. */
export function EmbedRequestPicker({ actions }: { readonly actions: RequestActions }) {
  const { t } = useTranslation('embed');
  // The choices' own words ("Pods", "DNS name") are the request panel's, in its namespace.
  const { t: requestsT } = useTranslation('requests');
  const ids = { source: useId(), target: useId() };
  const store = useAppStoreApi();
  const graph = useAppStore(selectGraph);
  const status = useAppStore(selectRequestStatus);
  // The scenario's own destination stays first in the list after the reader picks another.
  const scenarioTarget = useAppStore(selectScenarioRequest)?.target ?? '';
  const { targets, source, target } = actions;
  const clientIP = graph?.nodes.find((n) => n.id === 'client/external')?.details[0];
  const groups = useMemo(() => sourceGroups(targets, clientIP, requestsT), [targets, clientIP, requestsT]);
  const options = useMemo(() => {
    const describe = (value: string, label: string): string => t('destinationOption', { value, label });
    const offered = destinationOptions(scenarioTarget, targetSuggestions(targets, requestsT), describe);
    // What the panel would send must be among the choices, or the select would show another.
    return offered.some((o) => o.value === target) || target === '' ? offered : [{ value: target, label: target }, ...offered];
  }, [scenarioTarget, targets, target, requestsT, t]);

  return (
    <form
      className="embed-request"
      aria-label={t('request')}
      onSubmit={(event) => {
        event.preventDefault();
        actions.send();
      }}
    >
      <label htmlFor={ids.source} className="embed-label">
        {t('source')}
      </label>
      <select id={ids.source} value={source} onChange={(event) => store.getState().setRequestSource(event.target.value)}>
        <SourceOptions groups={groups} />
      </select>
      <label htmlFor={ids.target} className="embed-label">
        {t('destination')}
      </label>
      <select id={ids.target} value={target} onChange={(event) => store.getState().setRequestTarget(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="submit" className="embed-send" disabled={graph === null || status !== 'idle'}>
        {status === 'sending' ? t('sending') : t('send')}
      </button>
    </form>
  );
}
