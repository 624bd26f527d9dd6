import { describe, expect, it } from 'vitest';
import { emptyData } from '../../src/features/progress/model';
import { ASIDE_PREFIX, DeviceStore, STORAGE_KEY } from '../../src/features/progress/store';

/** An in-memory Storage that can be told to fail. */
function memoryStorage(initial: Record<string, string> = {}, fail: { read?: boolean; write?: boolean } = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => {
      if (fail.read) throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (fail.write) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('DeviceStore', () => {
  it('saves ticks and reads them back in a new store', () => {
    const storage = memoryStorage();
    new DeviceStore(() => storage).setTick('whatsapp', 'groups', true);
    const again = new DeviceStore(() => storage).getSnapshot();
    expect(again.mode).toBe('saved');
    expect(again.data.profiles[0]?.ticks.whatsapp?.groups).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('works in memory and says so when storage refuses every call (private modes)', () => {
    const store = new DeviceStore(() => memoryStorage({}, { read: true, write: true }));
    expect(store.getSnapshot()).toMatchObject({ mode: 'memory', problem: { kind: 'unavailable' } });
    store.setTick('snapchat', 'a', true);
    expect(store.getSnapshot().data.profiles[0]?.ticks.snapchat?.a).toBeDefined();
  });

  it('works when even reaching localStorage throws', () => {
    const store = new DeviceStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.getSnapshot().problem).toEqual({ kind: 'unavailable' });
  });

  it('sets corrupt data aside before starting afresh, so nothing is lost', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{not json' });
    const store = new DeviceStore(() => storage);
    const snapshot = store.getSnapshot();
    expect(snapshot.problem?.kind).toBe('set-aside');
    const asideKey = [...storage.items.keys()].find((key) => key.startsWith(ASIDE_PREFIX));
    expect(asideKey).toBeDefined();
    expect(storage.items.get(asideKey!)).toBe('{not json');
    expect(store.asideText(asideKey!)).toBe('{not json');
    expect(JSON.parse(storage.items.get(STORAGE_KEY)!)).toEqual(emptyData());
  });

  it('never overwrites corrupt data it could not set aside', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{not json' }, { write: true });
    const store = new DeviceStore(() => storage);
    expect(store.getSnapshot()).toMatchObject({ mode: 'memory', problem: { kind: 'unreadable-kept' } });
    store.setTick('a', 'b', true);
    expect(storage.items.get(STORAGE_KEY)).toBe('{not json');
  });

  it('leaves data from a newer version untouched', () => {
    const newer = JSON.stringify({ version: 99, future: 'shape' });
    const storage = memoryStorage({ [STORAGE_KEY]: newer });
    const store = new DeviceStore(() => storage);
    expect(store.getSnapshot()).toMatchObject({ mode: 'memory', problem: { kind: 'newer', version: 99 } });
    store.setTick('a', 'b', true);
    expect(storage.items.get(STORAGE_KEY)).toBe(newer);
  });

  it('falls back to memory when a write fails, keeping the tick on screen', () => {
    const fail = { write: false };
    const storage = memoryStorage({}, fail);
    const store = new DeviceStore(() => storage);
    store.getSnapshot();
    fail.write = true;
    store.setTick('a', 'b', true);
    expect(store.getSnapshot()).toMatchObject({ mode: 'memory', problem: { kind: 'write-failed' } });
    expect(store.getSnapshot().data.profiles[0]?.ticks.a?.b).toBeDefined();
  });

  it('tells subscribers about changes', () => {
    const store = new DeviceStore(() => memoryStorage());
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.setArea('staffordshire');
    unsubscribe();
    store.setArea(null);
    expect(calls).toBe(1);
  });

  it('keeps a tick made in another tab when this tab ticks next (it re-reads before writing)', () => {
    const storage = memoryStorage();
    const a = new DeviceStore(() => storage);
    const b = new DeviceStore(() => storage);
    a.open();
    b.open();
    a.setTick('snapchat', 'one', true);
    b.setTick('snapchat', 'two', true);
    const saved = JSON.parse(storage.items.get(STORAGE_KEY)!);
    expect(Object.keys(saved.profiles[0].ticks.snapchat).sort()).toEqual(['one', 'two']);
  });

  it('keeps both ticks when two tabs write at the same moment (each tab has its own copy of storage)', () => {
    // Browsers sync localStorage between tabs asynchronously: model each tab's copy, and the sync.
    const tabA = memoryStorage();
    const tabB = memoryStorage();
    const a = new DeviceStore(() => tabA);
    const b = new DeviceStore(() => tabB);
    a.open();
    b.open();
    a.setTick('snapchat', 'one', true);
    b.setTick('snapchat', 'two', true);
    const sync = (from: typeof tabA, to: typeof tabA, store: DeviceStore) => {
      to.items.set(STORAGE_KEY, from.items.get(STORAGE_KEY)!);
      store.externalChange();
    };
    // B's write reaches A, and A's reaches B: each tab finds its own tick missing and adds it back.
    sync(tabB, tabA, a);
    sync(tabA, tabB, b);
    sync(tabB, tabA, a);
    for (const tab of [tabA, tabB]) {
      const saved = JSON.parse(tab.items.get(STORAGE_KEY)!);
      expect(Object.keys(saved.profiles[0].ticks.snapchat).sort()).toEqual(['one', 'two']);
    }
    expect(Object.keys(a.getSnapshot().data.profiles[0]!.ticks.snapchat!).sort()).toEqual(['one', 'two']);
  });

  it('lets another tab untick a step once this tab\'s tick has settled', () => {
    let now = 1_000;
    const storage = memoryStorage();
    const a = new DeviceStore(() => storage, () => now);
    a.setTick('snapchat', 'one', true);
    now += 5_000;
    const b = new DeviceStore(() => storage, () => now);
    b.setTick('snapchat', 'one', false);
    a.externalChange();
    expect(a.getSnapshot().data.profiles[0]?.ticks.snapchat).toBeUndefined();
  });

  it('keeps unreadable text it could not set aside in memory, so it can still be saved as a file', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version":1,"profiles":[oops' }, { write: true });
    const store = new DeviceStore(() => storage);
    expect(store.open().problem).toEqual({ kind: 'unreadable-kept' });
    expect(store.asideText(null)).toBe('{"version":1,"profiles":[oops');
  });

  it('gives the stored text as it is for a newer version, so a saved copy is never empty', () => {
    const newer = JSON.stringify({ version: 99, profiles: [] });
    const store = new DeviceStore(() => memoryStorage({ [STORAGE_KEY]: newer }));
    expect(store.open().problem?.kind).toBe('newer');
    expect(store.rawText()).toBe(newer);
  });
});
