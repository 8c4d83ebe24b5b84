import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLES } from '../../examples';
import {
  selectOpenExample,
  selectProxyMode,
  selectSetProxyMode,
  selectSetShowSystemObjects,
  selectShowSystemObjects,
  selectSetWorkerCount,
  selectWorkerCount,
} from '../../store';
import { ExportMenu } from '../export/ExportMenu';
import { LessonButton } from '../lesson/LessonButton';
import { ShareMenu } from '../share/ShareMenu';
import { useAppStore } from '../store-context';
import './toolbar.css';

const WORKER_COUNTS = [1, 2, 3, 4, 5, 6] as const;
/** kube-proxy's data path: a cluster setting (kube-proxy's --proxy-mode flag), not something in the manifests. */
const PROXY_MODES = ['iptables', 'ipvs', 'nftables'] as const;

export function Toolbar() {
  const { t, i18n } = useTranslation('app');
  const chinese = i18n.language === 'zh';
  const exampleId = useId();
  const workersId = useId();
  const showSystem = useAppStore(selectShowSystemObjects);
  const setShowSystem = useAppStore(selectSetShowSystemObjects);
  const workerCount = useAppStore(selectWorkerCount);
  const setWorkerCount = useAppStore(selectSetWorkerCount);
  const proxyModeId = useId();
  const proxyMode = useAppStore(selectProxyMode);
  const setProxyMode = useAppStore(selectSetProxyMode);
  // An example is a whole scenario: manifests (one undoable edit), settings and its suggested request.
  const openExample = useAppStore(selectOpenExample);

  return (
    <div className="toolbar">
      {/* The select's own first line ("Open an example…") says what it is; the label is for screen readers. */}
      <label htmlFor={exampleId} className="visually-hidden">
        {t('example')}
      </label>
      <select
        id={exampleId}
        className="example-select"
        value=""
        onChange={(event) => {
          const example = EXAMPLES.find((candidate) => candidate.id === event.target.value);
          if (example) openExample(example);
        }}
      >
        <option value="" disabled>
          {t('openExample')}
        </option>
        {EXAMPLES.map((example) => (
          <option key={example.id} value={example.id} title={chinese ? example.descriptionZh : example.description}>
            {chinese ? example.titleZh : example.title}
          </option>
        ))}
      </select>
      <LessonButton />

      <label htmlFor={workersId}>{t('workerNodes')}</label>
      <select id={workersId} value={workerCount ?? ''} onChange={(event) => setWorkerCount(Number(event.target.value))}>
        {workerCount === undefined ? <option value="">…</option> : null}
        {WORKER_COUNTS.map((count) => (
          <option key={count} value={count}>
            {count}
          </option>
        ))}
      </select>

      <label htmlFor={proxyModeId}>{t('proxyMode')}</label>
      <select
        id={proxyModeId}
        value={proxyMode ?? ''}
        title={t('proxyModeTitle')}
        onChange={(event) => {
          const mode = PROXY_MODES.find((m) => m === event.target.value);
          if (mode) setProxyMode(mode);
        }}
      >
        {proxyMode === undefined ? <option value="">…</option> : null}
        {PROXY_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {mode}
          </option>
        ))}
      </select>

      <label className="toolbar-check">
        <input type="checkbox" checked={showSystem} onChange={(event) => setShowSystem(event.target.checked)} />
        {t('systemObjects')}
      </label>

      <div className="toolbar-group" role="group" aria-label={t('shareAndExport')}>
        <ShareMenu />
        <ExportMenu />
      </div>
    </div>
  );
}
