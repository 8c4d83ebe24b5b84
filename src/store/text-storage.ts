/** The part of localStorage the editor needs, so tests and private windows can hand in something else. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const TEXT_STORAGE_KEY = 'svcscope.manifests.v1';

export interface TextStorage {
  load(): string | null;
  /** False when the browser refused (quota, private mode): the UI says the text is not saved. */
  save(text: string): boolean;
}

export function createTextStorage(storage: KeyValueStorage | null, key = TEXT_STORAGE_KEY): TextStorage {
  return {
    load() {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    save(text) {
      if (!storage) return false;
      try {
        storage.setItem(key, text);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** localStorage itself may throw on access (blocked cookies), not only on use; Node has none. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage ?? null;
  } catch {
    return null;
  }
}
