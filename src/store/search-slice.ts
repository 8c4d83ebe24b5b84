import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-state';

/** Search by name on the graph: the query and which match is current. UI state only; the worker never sees it. */
export interface SearchSlice {
  readonly searchQuery: string;
  /** Index of the current match; wraps around the matches the canvas finds. */
  readonly searchCursor: number;
  setSearchQuery(query: string): void;
  stepSearch(delta: number): void;
}

export function createSearchSlice(): StateCreator<AppState, [], [], SearchSlice> {
  return (set) => ({
    searchQuery: '',
    searchCursor: 0,
    setSearchQuery: (query) => set({ searchQuery: query, searchCursor: 0 }),
    stepSearch: (delta) => set((state) => ({ searchCursor: state.searchCursor + delta })),
  });
}
