import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProxyMode, RuleTableView } from '../../core';
import { selectClusterProxyMode, selectMarkedService, selectRulesMode, selectSelectedHopRule } from '../../store';
import { useAppStore } from '../store-context';
import { CodeBlock } from './CodeBlock';
import { segmentRuleLines, serviceToMark } from './rule-lines';

const MODES: readonly { readonly mode: ProxyMode; readonly label: string }[] = [
  { mode: 'iptables', label: 'iptables' },
  { mode: 'ipvs', label: 'IPVS' },
  { mode: 'nftables', label: 'nftables' },
];

interface RulesTabProps {
  readonly view: RuleTableView;
  readonly onMode: (mode: ProxyMode) => void;
  readonly onMarkService: (service: string | null) => void;
}

/** A node's kube-proxy listing, one Service's rules marked and the rule of a selected trace hop outlined. */
export function RulesTab({ view, onMode, onMarkService }: RulesTabProps) {
  const { t } = useTranslation('inspector');
  const modeName = useId();
  const serviceId = useId();
  const clusterMode = useAppStore(selectClusterProxyMode);
  // The asked mode shows at once; the listing follows when the worker answers.
  const askedMode = useAppStore(selectRulesMode) ?? clusterMode ?? view.mode;
  const preferred = useAppStore(selectMarkedService);
  const hopRule = useAppStore(selectSelectedHopRule);
  const marked = serviceToMark(view, preferred);
  const segments = useMemo(() => segmentRuleLines(view, marked, hopRule), [view, marked, hopRule]);
  const target = useRef<HTMLElement>(null);
  const hasHop = segments.some((s) => s.kind === 'hop');

  // Bring the hop's rule (else the marked Service's first line) into view whenever either changes. Only the
  // listing scrolls: the mode switch above it stays where it is.
  useEffect(() => {
    const line = target.current;
    const listing = line?.closest('pre');
    if (!line || !listing) return;
    // The listing is positioned (see inspector.css), so a line's offsetTop is measured from its top.
    const offset = line.offsetTop;
    listing.scrollTop = hasHop ? offset - (listing.clientHeight - line.offsetHeight) / 2 : offset - 8;
  }, [segments, hasHop]);

  const firstMarked = segments.findIndex((s) => s.kind === (hasHop ? 'hop' : 'service'));
  return (
    <>
      <div className="rules-controls">
        <fieldset className="mode-switch">
          <legend>{t('mode')}</legend>
          {MODES.map(({ mode, label }) => (
            <label key={mode} className={askedMode === mode ? 'is-checked' : ''}>
              <input type="radio" name={modeName} value={mode} checked={askedMode === mode} onChange={() => onMode(mode)} />
              {label}
              {clusterMode === mode ? (
                <span className="mode-note" title={t('clusterModeTitle')}>
                  <span aria-hidden="true"> ●</span>
                  <span className="visually-hidden"> {t('clusterModeNote')}</span>
                </span>
              ) : null}
            </label>
          ))}
        </fieldset>
        {view.services.length > 0 ? (
          <div className="mark-service">
            <label htmlFor={serviceId}>{t('mark')}</label>
            <select id={serviceId} aria-label={t('markRulesOf')} value={marked ?? ''} onChange={(event) => onMarkService(event.target.value || null)}>
              {view.services.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <CodeBlock
        label={t('listingOnNode', { command: view.command, node: view.node })}
        caption={
          <>
            <span className="prompt">{view.node} $ </span>
            {view.command}
          </>
        }
        copy={view.text}
      >
        {segments.map((segment, index) =>
          segment.kind === 'plain' ? (
            <span key={segment.line} className="rule-run">
              {segment.text}
            </span>
          ) : (
            <mark
              key={segment.line}
              ref={index === firstMarked ? target : undefined}
              className={`rule-run rule-${segment.kind}`}
              title={segment.kind === 'hop' ? t('hopRuleTitle') : t('serviceRuleTitle', { service: marked ?? '' })}
            >
              {segment.text}
            </mark>
          ),
        )}
      </CodeBlock>
    </>
  );
}
