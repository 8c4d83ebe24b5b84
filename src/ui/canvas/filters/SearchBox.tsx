import { useId } from 'react';
import { selectSearchQuery, selectSetSearchQuery, selectStepSearch } from '../../../store';
import { useAppStore } from '../../store-context';
import type { SearchMatch } from './search';

interface SearchBoxProps {
  readonly matches: readonly SearchMatch[];
  readonly current: SearchMatch | undefined;
}

/** Find an object by name: Enter for the next match, Shift+Enter for the previous, Escape to clear. */
export function SearchBox({ matches, current }: SearchBoxProps) {
  const id = useId();
  const query = useAppStore(selectSearchQuery);
  const setQuery = useAppStore(selectSetSearchQuery);
  const step = useAppStore(selectStepSearch);
  const position = current ? matches.indexOf(current) + 1 : 0;
  const summary = query.trim() === '' ? '' : matches.length === 0 ? 'no match' : `${position} of ${matches.length}`;
  return (
    <div className="search-box" role="search">
      <label htmlFor={id} className="visually-hidden">
        Search objects by name
      </label>
      <input
        id={id}
        type="search"
        placeholder="Search by name…"
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
        {current?.inside ? ` · ${current.inside} is in ${current.label}` : ''}
      </span>
      <button type="button" disabled={matches.length < 2} onClick={() => step(-1)} aria-label="Previous match">
        ‹
      </button>
      <button type="button" disabled={matches.length < 2} onClick={() => step(1)} aria-label="Next match">
        ›
      </button>
    </div>
  );
}
