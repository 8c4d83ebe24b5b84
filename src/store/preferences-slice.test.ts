import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { AppState } from './app-state';
import { createPreferencesSlice, LANGUAGE_STORAGE_KEY, THEME_STORAGE_KEY, type PreferencesDeps } from './preferences-slice';
import type { KeyValueStorage } from './text-storage';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

function storeWith(deps: PreferencesDeps) {
  // Only the preferences slice: the other slices are not needed to read or set a preference.
  return createStore<AppState>()((...args) => createPreferencesSlice(deps)(...args) as AppState);
}

describe('preferences', () => {
  it('open in the browser language and the system theme the first time', () => {
    const store = storeWith({ storage: new MemoryStorage(), browserLanguages: ['zh-CN', 'en'] });
    expect(store.getState().language).toBe('zh');
    expect(store.getState().theme).toBe('system');
  });

  it('are saved when chosen and win over the browser at the next visit', () => {
    const storage = new MemoryStorage();
    const first = storeWith({ storage, browserLanguages: ['zh-CN'] });
    first.getState().setLanguage('en');
    first.getState().setTheme('dark');
    expect(storage.items.get(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storage.items.get(THEME_STORAGE_KEY)).toBe('dark');

    const again = storeWith({ storage, browserLanguages: ['zh-CN'] });
    expect(again.getState().language).toBe('en');
    expect(again.getState().theme).toBe('dark');
  });

  it('take the language the address asks for over the saved one', () => {
    const storage = new MemoryStorage();
    storage.items.set(LANGUAGE_STORAGE_KEY, 'en');
    expect(storeWith({ storage, browserLanguages: [], requestedLanguage: 'zh' }).getState().language).toBe('zh');
  });

  it('ignore saved values they do not know and storage that throws', () => {
    const storage = new MemoryStorage();
    storage.items.set(THEME_STORAGE_KEY, 'neon');
    expect(storeWith({ storage, browserLanguages: [] }).getState().theme).toBe('system');

    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    const store = storeWith({ storage: broken, browserLanguages: ['en'] });
    store.getState().setTheme('light');
    expect(store.getState().theme).toBe('light');
  });
});
