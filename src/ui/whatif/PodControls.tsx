import { useTranslation } from 'react-i18next';
import type { ManifestEdit } from '../../core';
import { podDeleteEdit, podReadyEdit, type PodFacts } from './whatif-actions';

interface PodControlsProps {
  readonly facts: PodFacts;
  readonly busy: boolean;
  readonly apply: (edit: ManifestEdit) => void;
}

/** Readiness and deletion: what a failing probe or `kubectl delete pod` would do to the Endpoints. */
export function PodControls({ facts, busy, apply }: PodControlsProps) {
  const { t } = useTranslation('whatif');
  // A generated pod's state is written on the workload that made it: the title says where.
  const owner = facts.owner ? { kind: facts.owner.kind, name: facts.owner.name } : null;
  const titles = owner
    ? { unready: t('turnsFalseOnOwner', owner), ready: t('turnsTrueOnOwner', owner), delete: t('terminatesOnOwner', owner) }
    : { unready: t('turnsFalse'), ready: t('turnsTrue'), delete: t('terminates') };
  return (
    <div className="whatif-group">
      {facts.ready ? (
        <button type="button" disabled={busy || facts.terminating} onClick={() => apply(podReadyEdit(facts, false))} title={titles.unready}>
          {t('makeUnready')}
        </button>
      ) : (
        <button type="button" disabled={busy || facts.terminating} onClick={() => apply(podReadyEdit(facts, true))} title={titles.ready}>
          {t('makeReady')}
        </button>
      )}
      <button
        type="button"
        className="whatif-danger"
        disabled={busy || facts.terminating}
        onClick={() => apply(podDeleteEdit(facts, new Date()))}
        title={facts.terminating ? t('alreadyTerminating') : titles.delete}
      >
        {t('deletePod')}
      </button>
    </div>
  );
}
