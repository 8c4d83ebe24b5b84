import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlayerControls } from '../player/PlayerControls';
import { LoadLegend } from './LoadLegend';
import { RequestForm } from './RequestForm';
import { TraceHops } from './TraceHops';
import { TraceOutcome } from './TraceOutcome';
import { useRequestActions } from './use-request-actions';
import './requests.css';

/**
 * Requests in motion: ask (source, destination, send or stream), watch (player), read (outcome, hops,
 * load). Collapsing hides the body but keeps it mounted: the player drives the run even when hidden.
 */
export function RequestsPanel({ onGoToLine }: { readonly onGoToLine?: (line: number, column: number) => void }) {
  const { t } = useTranslation('requests');
  const bodyId = useId();
  const [collapsed, setCollapsed] = useState(false);
  const actions = useRequestActions();
  return (
    <aside className={`requests-panel${collapsed ? ' is-collapsed' : ''}`} aria-labelledby="requests-title">
      <div className="pane-title">
        <h2 id="requests-title" className="pane-heading">
          {t('panelTitle')}
        </h2>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          aria-label={collapsed ? t('showPanel') : t('hidePanel')}
          onClick={() => setCollapsed(!collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '«' : '»'}</span>
        </button>
      </div>
      <div id={bodyId} className="requests-body" hidden={collapsed}>
        <RequestForm actions={actions} />
        <PlayerControls />
        <TraceOutcome {...(onGoToLine ? { onGoToLine } : {})} />
        <div className="hops-scroll">
          <TraceHops />
        </div>
        <LoadLegend />
      </div>
    </aside>
  );
}
