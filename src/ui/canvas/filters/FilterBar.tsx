import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectFoldEverything, selectView } from '../../../store';
import { useAppStore } from '../../store-context';
import { FilterPanel } from './FilterPanel';
import { SearchBox } from './SearchBox';
import { activeFilterCount } from './kind-filters';
import type { SearchMatch } from './search';
import './filters.css';

interface FilterBarProps {
  readonly matches: readonly SearchMatch[];
  readonly current: SearchMatch | undefined;
}

/** Search and filters at the top of the graph: the way into a big cluster. */
export function FilterBar({ matches, current }: FilterBarProps) {
  const { t } = useTranslation('canvas');
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const view = useAppStore(selectView);
  const foldEverything = useAppStore(selectFoldEverything);
  const active = activeFilterCount(view);
  const opened = (view.expandedStacks?.length ?? 0) + (view.expandedNamespaces?.length ?? 0);
  return (
    <div className="filter-bar">
      <div className="filter-row">
        <SearchBox matches={matches} current={current} />
        <button
          type="button"
          className={active > 0 ? 'filters-button is-active' : 'filters-button'}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((o) => !o)}
        >
          {active > 0 ? t('filtersActive', { active }) : t('filters')}
        </button>
        {opened > 0 ? (
          <button type="button" onClick={foldEverything} title={t('foldAllTitle')}>
            {t('foldAll')}
          </button>
        ) : null}
      </div>
      {open ? <FilterPanel id={panelId} /> : null}
    </div>
  );
}
