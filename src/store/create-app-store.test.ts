import { describe, expect, it } from 'vitest';
import { createBridge } from '../bridge';
import { FakeWorker, ManualTimers } from '../test-support/fake-worker';
import { TEXT_STORAGE_KEY, type KeyValueStorage } from './text-storage';
import { createAppStore, defaultText } from './create-app-store';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

function setup(storage: MemoryStorage = new MemoryStorage()) {
  const workers: FakeWorker[] = [];
  const bridgeTimers = new ManualTimers();
  const bridge = createBridge({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    loadInProcess: () => Promise.reject(new Error('not in this test')),
    timers: bridgeTimers,
  });
  const timers = new ManualTimers();
  const store = createAppStore(bridge, { storage, timers });
  const worker = (index: number): FakeWorker => {
    const found = workers[index];
    if (!found) throw new Error(`worker ${index} was never started`);
    return found;
  };
  return { store, storage, timers, worker, workers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('app store', () => {
  it('starts with the default example when nothing was saved', () => {
    const { store } = setup();
    expect(store.getState().text).toBe(defaultText());
    expect(store.getState().text).toContain('name: myapp');
  });

  it('restores the saved text', () => {
    const storage = new MemoryStorage();
    storage.items.set(TEXT_STORAGE_KEY, 'kind: Service');
    const { store } = setup(storage);
    expect(store.getState().text).toBe('kind: Service');
  });

  it('saves every edit at once, and loads only after the typing pause', () => {
    const { store, storage, timers, workers } = setup();
    store.getState().setText('a');
    store.getState().setText('ab');
    expect(storage.items.get(TEXT_STORAGE_KEY)).toBe('ab');
    expect(workers).toHaveLength(0);
    expect(timers.count()).toBe(1);
    timers.fireAll();
    expect(store.getState().status).toBe('parsing');
    expect(workers[0]?.lastLoad().text).toBe('ab');
  });

  it('says when the browser refused to keep the text', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    const { store } = setup(storage);
    store.getState().setText('too big');
    expect(store.getState().textSaved).toBe(false);
    expect(store.getState().text).toBe('too big');
  });

  it('applies the worker answer to the cluster state', async () => {
    const { store, worker } = setup();
    store.getState().loadNow();
    worker(0).answer(worker(0).lastLoad());
    await settle();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().diagnostics[0]?.message).toBe(defaultText());
  });

  it('keeps the text when the worker crashes, and gets the answer from the restarted worker', async () => {
    const { store, storage, worker } = setup();
    store.getState().setText('precious');
    store.getState().loadNow();
    worker(0).answerPing();
    worker(0).crash();
    expect(store.getState().text).toBe('precious');
    expect(storage.items.get(TEXT_STORAGE_KEY)).toBe('precious');
    worker(1).answer(worker(1).lastLoad());
    await settle();
    expect(store.getState().status).toBe('ready');
  });

  it('a settings change reloads at once and cancels the pending typing load', () => {
    const { store, timers, worker } = setup();
    store.getState().setText('x');
    store.getState().setShowSystemObjects(true);
    expect(timers.count()).toBe(0);
    expect(worker(0).lastLoad().view.showSystemObjects).toBe(true);
  });
});
