import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectInspection, selectInspectorTab, selectSelectedNodeId, tabsFor, type InspectorTab } from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { DnsTab } from './DnsTab';
import './inspector.css';
import { InspectorTabs } from './InspectorTabs';
import { KubectlTab } from './KubectlTab';
import { RulesTab } from './RulesTab';
import { YamlTab } from './YamlTab';

interface InspectorProps {
  /** Puts the editor's cursor on a 1-based line of the manifests. */
  readonly onGoToLine: (line: number, column: number) => void;
}

/** The right-hand drawer: everything about the graph node last clicked. Absent while nothing is selected. */
export function Inspector({ onGoToLine }: InspectorProps) {
  const nodeId = useAppStore(selectSelectedNodeId);
  if (nodeId === null) return null;
  return <InspectorPanel nodeId={nodeId} onGoToLine={onGoToLine} />;
}

function InspectorPanel({ nodeId, onGoToLine }: InspectorProps & { readonly nodeId: string }) {
  const { t } = useTranslation('inspector');
  const idPrefix = useId();
  const store = useAppStoreApi();
  const inspection = useAppStore(selectInspection);
  const active = useAppStore(selectInspectorTab);
  const tabs = tabsFor(nodeId);
  const tab: InspectorTab = tabs.includes(active) ? active : 'kubectl';
  const result = inspection.status === 'ready' || inspection.status === 'loading' ? inspection.result : undefined;
  const { closeInspector, setInspectorTab, setRulesMode, setMarkedService } = store.getState();

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Escape') closeInspector();
  };

  return (
    <aside className="inspector" aria-label={t('inspector')} onKeyDown={onKeyDown}>
      <div className="pane-title">
        <h2 className="pane-heading">{t('inspector')}</h2>
        <button type="button" className="inspector-close" aria-label={t('closeInspector')} onClick={closeInspector}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="inspector-head">
        <h3 className="inspector-title">{result?.title ?? nodeId}</h3>
        <p className="inspector-status" role="status">
          {inspection.status === 'loading' ? t('reading') : inspection.status === 'failed' ? inspection.message : ''}
        </p>
      </div>
      <InspectorTabs tabs={tabs} active={tab} idPrefix={idPrefix} onSelect={setInspectorTab} />
      <div
        role="tabpanel"
        id={`${idPrefix}-panel-${tab}`}
        aria-labelledby={`${idPrefix}-tab-${tab}`}
        className={`inspector-panel tab-${tab}${inspection.status === 'loading' ? ' is-loading' : ''}`}
      >
        {result ? (
          tab === 'yaml' ? (
            <YamlTab result={result} onGoToLine={onGoToLine} />
          ) : tab === 'kubectl' ? (
            <KubectlTab views={result.views} />
          ) : tab === 'dns' ? (
            <DnsTab records={result.dns} kind={result.kind} />
          ) : result.rules ? (
            <RulesTab view={result.rules} onMode={setRulesMode} onMarkService={setMarkedService} />
          ) : (
            <p className="inspector-empty">{t('noRulesNode')}</p>
          )
        ) : null}
      </div>
    </aside>
  );
}
