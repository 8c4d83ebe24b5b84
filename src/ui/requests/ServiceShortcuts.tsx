import { useTranslation } from 'react-i18next';
import { selectRequestStatus } from '../../store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { serviceShortcuts, shortcutTitle } from './target-suggestions';
import type { RequestActions } from './use-request-actions';

/**
 * One-click requests per Service: "via ClusterIP", "via NodePort", "via LoadBalancer", "via Ingress".
 * A click fills the form (so the user sees what was sent) and sends.
 */
export function ServiceShortcuts({ actions }: { readonly actions: RequestActions }) {
  const { t } = useTranslation('requests');
  const store = useAppStoreApi();
  const busy = useAppStore(selectRequestStatus) !== 'idle';
  const rows = actions.targets.services
    .filter((svc) => !svc.system)
    .map((svc) => ({ svc, shortcuts: serviceShortcuts(svc, actions.targets, actions.source) }))
    .filter((row) => row.shortcuts.length > 0);
  if (rows.length === 0) return null;
  return (
    <div className="service-shortcuts" role="group" aria-label={t('shortcutsGroup')}>
      {rows.map(({ svc, shortcuts }) => (
        <div className="shortcut-row" key={svc.id}>
          <span className="shortcut-service" title={`${svc.namespace}/${svc.name}`}>
            {svc.name}
          </span>
          {shortcuts.map((shortcut) => (
            <button
              key={shortcut.kind}
              type="button"
              className="shortcut"
              disabled={busy}
              aria-label={t('shortcutName', { service: svc.name, kind: shortcut.kind })}
              title={shortcutTitle(shortcut, t)}
              onClick={() => {
                const state = store.getState();
                state.setRequestSource(shortcut.source);
                state.setRequestTarget(shortcut.target);
                actions.send(shortcut.source, shortcut.target);
              }}
            >
              {t('shortcutText', { kind: shortcut.kind })}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
