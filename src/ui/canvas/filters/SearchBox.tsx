import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectSearchQuery, selectSetSearchQuery, selectStepSearch } from '../../../store';
import { useAppStore } from '../../store-context';
import type { SearchMatch } from './search';

interface SearchBoxProps {
  readonly matches: readonly SearchMatch[];
  readonly current: SearchMatch | undefined;
}

/** Find an object by name: Enter for the next match, Shift+Enter for the previous, Escape to clear. */
export function SearchBox({ matches, current }: SearchBoxProps) {
  const { t } = useTranslation('canvas');
  const id = useId();
  const query = useAppStore(selectSearchQuery);
  const setQuery = useAppStore(selectSetSearchQuery);
  const step = useAppStore(selectStepSearch);
  const position = current ? matches.indexOf(current) + 1 : 0;
  const summary = query.trim() === '' ? '' : matches.length === 0 ? t('noMatch') : t('matchPosition', { position, total: matches.length });
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={id}
        type="search"
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
          if (event.key === 'Escape') setQuery('');
        }}
        aria-describedby={`${id}-summary`}
      />
      <span id={`${id}-summary`} className="search-summary" aria-live="polite">
        {summary}
        {current?.inside ? ` · ${t('matchInside', { inside: current.inside, label: current.label })}` : ''}
      </span>
      <button type="button" disabled={matches.length < 2} onClick={() => step(-1)} aria-label={t('previousMatch')}>
        ‹
      </button>
      <button type="button" disabled={matches.length < 2} onClick={() => step(1)} aria-label={t('nextMatch')}>
        ›
      </button>
    </div>
  );
}
