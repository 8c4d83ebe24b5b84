import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManifestEdit } from '../../core';
import { SelectorEditor } from './SelectorEditor';
import {
  AFFINITIES,
  SERVICE_TYPES,
  TRAFFIC_POLICIES,
  affinityEdit,
  isOneOf,
  serviceTypeEdit,
  serviceTypeUnavailable,
  trafficPolicyEdit,
  trafficPolicyUnavailable,
  type ServiceFacts,
} from './whatif-actions';

interface ServiceControlsProps {
  readonly facts: ServiceFacts;
  readonly busy: boolean;
  readonly apply: (edit: ManifestEdit) => void;
}

/** The Service fields that change how kube-proxy routes: type, externalTrafficPolicy, sessionAffinity, selector. */
export function ServiceControls({ facts, busy, apply }: ServiceControlsProps) {
  const { t } = useTranslation('whatif');
  const ids = { type: useId(), policy: useId(), affinity: useId() };
  const [editingSelector, setEditingSelector] = useState(false);
  const policyProblem = trafficPolicyUnavailable(facts, t);
  const typeProblem = serviceTypeUnavailable(facts, t);
  return (
    <>
      <div className="whatif-group">
        <label htmlFor={ids.type}>{t('type')}</label>
        <select
          id={ids.type}
          value={facts.type}
          disabled={busy || typeProblem !== null}
          title={typeProblem ?? undefined}
          onChange={(event) => isOneOf(SERVICE_TYPES, event.target.value) && apply(serviceTypeEdit(facts, event.target.value))}
        >
          {isOneOf(SERVICE_TYPES, facts.type) ? null : <option value={facts.type}>{facts.type}</option>}
          {SERVICE_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </div>
      <div className="whatif-group">
        <label htmlFor={ids.policy}>externalTrafficPolicy</label>
        <select
          id={ids.policy}
          value={facts.externalTrafficPolicy ?? 'Cluster'}
          disabled={busy || policyProblem !== null}
          title={policyProblem ?? undefined}
          onChange={(event) => isOneOf(TRAFFIC_POLICIES, event.target.value) && apply(trafficPolicyEdit(facts, event.target.value))}
        >
          {TRAFFIC_POLICIES.map((policy) => (
            <option key={policy}>{policy}</option>
          ))}
        </select>
      </div>
      <div className="whatif-group">
        <label htmlFor={ids.affinity}>sessionAffinity</label>
        <select
          id={ids.affinity}
          value={facts.sessionAffinity}
          disabled={busy}
          onChange={(event) => isOneOf(AFFINITIES, event.target.value) && apply(affinityEdit(facts, event.target.value))}
        >
          {AFFINITIES.map((affinity) => (
            <option key={affinity}>{affinity}</option>
          ))}
        </select>
      </div>
      <div className="whatif-group">
        <button type="button" aria-expanded={editingSelector} disabled={busy} onClick={() => setEditingSelector((open) => !open)}>
          {t('editSelector')}
        </button>
      </div>
      {editingSelector ? (
        <SelectorEditor
          facts={facts}
          busy={busy}
          onApply={(edit) => {
            apply(edit);
            setEditingSelector(false);
          }}
          onCancel={() => setEditingSelector(false)}
        />
      ) : null}
    </>
  );
}
