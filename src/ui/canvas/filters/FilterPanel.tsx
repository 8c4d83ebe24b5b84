import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectNamespaces, selectSetHiddenKinds, selectSetLabelSelector, selectSetNamespaceFilter, selectView, selectViewProblem } from '../../../store';
import { useAppStore } from '../../store-context';
import { KIND_GROUPS, isGroupHidden, toggleGroup, toggleNamespace } from './kind-filters';

/** What to draw: namespaces, kinds, a label selector. Each change re-lays out the graph in the worker. */
export function FilterPanel({ id }: { readonly id: string }) {
  const { t } = useTranslation('canvas');
  const labelId = useId();
  const view = useAppStore(selectView);
  const namespaces = useAppStore(selectNamespaces);
  const problem = useAppStore(selectViewProblem);
  const setNamespaces = useAppStore(selectSetNamespaceFilter);
  const setHiddenKinds = useAppStore(selectSetHiddenKinds);
  const setLabelSelector = useAppStore(selectSetLabelSelector);
  // The typed selector, for the applied one it started from: when the applied one changes, the draft follows it.
  const applied = view.labelSelector ?? '';
  const [draft, setDraft] = useState({ against: applied, text: applied });
  const selector = draft.against === applied ? draft.text : applied;
  const setSelector = (text: string): void => setDraft({ against: applied, text });
  const shown = view.namespaces ?? [];
  const hidden = view.hiddenKinds ?? [];
  const applySelector = (): void => {
    if (selector !== (view.labelSelector ?? '')) setLabelSelector(selector);
  };

  return (
    <div className="filter-panel" id={id}>
      <fieldset>
        <legend>{t('namespaces')}</legend>
        {namespaces.map((ns) => (
          <label key={ns} className="filter-check">
            <input
              type="checkbox"
              checked={shown.length === 0 || shown.includes(ns)}
              onChange={(event) => setNamespaces(toggleNamespace(namespaces, shown, ns, event.target.checked))}
            />
            {ns}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('kinds')}</legend>
        {KIND_GROUPS.map((group) => (
          <label key={group.group} className="filter-check">
            <input
              type="checkbox"
              checked={!isGroupHidden(hidden, group.kinds)}
              onChange={(event) => setHiddenKinds(toggleGroup(hidden, group.kinds, event.target.checked))}
            />
            {t(`group_${group.group}`)}
          </label>
        ))}
      </fieldset>
      <div className="filter-labels">
        <label htmlFor={labelId}>{t('labelSelector')}</label>
        <input
          id={labelId}
          value={selector}
          placeholder="app=web,tier!=db"
          spellCheck={false}
          onChange={(event) => setSelector(event.target.value)}
          onBlur={applySelector}
          onKeyDown={(event) => {
            if (event.key === 'Enter') applySelector();
          }}
        />
        {problem ? (
          <p className="filter-problem" role="alert">
            {problem}
          </p>
        ) : (
          <p className="filter-hint">{t('labelSelectorHint')}</p>
        )}
      </div>
      <button
        type="button"
        onClick={() => {
          setNamespaces([]);
          setHiddenKinds([]);
          setLabelSelector('');
        }}
      >
        {t('showEverything')}
      </button>
    </div>
  );
}
