import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store';

export const AppStoreContext = createContext<AppStore | null>(null);

/** The store itself, for event handlers that read state once instead of subscribing to it. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an <AppStoreContext> above it');
  return store;
}

/** Subscribes a component to one named selector of the app store. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
