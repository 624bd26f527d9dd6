// Children, plans and the upgrade from version 1, through the device store as the pages use it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, children, readSaved } from '../../src/features/progress/model';
import { ASIDE_PREFIX, DeviceStore, STORAGE_KEY } from '../../src/features/progress/store';

/** Written by version 1 of the guide (the code on main before family plans), ticking as a parent would. */
const V1 = readFileSync(new URL('../fixtures/storage/v1-written-2026-12-02.json', import.meta.url), 'utf8');

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const NOW = Date.parse('2026-12-02T12:00:00Z');

describe('upgrading version 1 data', () => {
  it('keeps every tick, the area and the dates, and adds empty plans', () => {
    const v1 = JSON.parse(V1) as { profiles: { ticks: unknown }[] };
    const result = readSaved(V1);
    expect(result.kind).toBe('ok');
    expect(result.data.version).toBe(CURRENT_VERSION);
    expect(result.data.area).toBe('staffordshire');
    expect(result.data.profiles).toEqual([{ id: 'default', name: '', age: null, apps: [], ticks: v1.profiles[0]!.ticks, changesSeen: '2026-09-20' }]);
  });

  it('writes the upgraded data back on the first change, losing nothing', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: V1 });
    const store = new DeviceStore(() => storage, () => NOW);
    store.setTick('snapchat', 'story-friends-only', true);
    const saved = JSON.parse(storage.items.get(STORAGE_KEY)!) as { version: number; profiles: { ticks: Record<string, Record<string, string>> }[] };
    expect(saved.version).toBe(2);
    expect(saved.profiles[0]!.ticks).toEqual({
      snapchat: { 'contact-friends-only': '2026-03-14', 'turn-on-ghost-mode': '2026-03-14', 'story-friends-only': '2026-12-02' },
      roblox: { 'link-parent-account': '2026-09-20', 'limit-chat': '2026-09-20' },
      whatsapp: { 'limit-group-adds': '2026-09-20' },
    });
  });

  it('sets aside a version 2 profile without a list of apps rather than guessing', () => {
    const broken = JSON.stringify({ version: 2, profiles: [{ id: 'default', name: '', age: null, ticks: {}, changesSeen: null }], activeProfile: 'default', area: null });
    expect(readSaved(broken)).toMatchObject({ kind: 'corrupt', reason: 'profile default has no list of apps' });
    const storage = memoryStorage({ [STORAGE_KEY]: broken });
    expect(new DeviceStore(() => storage).getSnapshot().problem?.kind).toBe('set-aside');
    expect([...storage.items.entries()].find(([key]) => key.startsWith(ASIDE_PREFIX))?.[1]).toBe(broken);
  });
});

describe('children', () => {
  it('gives the first child the ticks made before there were children', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: V1 });
    const store = new DeviceStore(() => storage, () => NOW);
    const id = store.addChild({ name: '  Sam ', age: { years: 11, on: '2026-12-02' } });
    const data = store.getSnapshot().data;
    expect(children(data).map((c) => [c.id, c.name])).toEqual([[id, 'Sam']]);
    expect(data.profiles[0]!.ticks.snapchat?.['contact-friends-only']).toBe('2026-03-14');
  });

  it('keeps each child’s ticks and apps apart, and ticks go to the active child', () => {
    const storage = memoryStorage();
    const store = new DeviceStore(() => storage, () => NOW);
    const sam = store.addChild({ name: 'Sam', age: { years: 8, on: '2026-12-02' } });
    const alex = store.addChild({ name: 'Alex', age: { years: 14, on: '2026-12-02' } });
    expect(sam).not.toBe(alex);
    store.setApps(sam, ['roblox', 'roblox', 'minecraft']);
    store.setApps(alex, ['snapchat']);
    store.setTick('snapchat', 'contact-friends-only', true);
    store.setActive(sam);
    store.setTick('roblox', 'limit-chat', true);
    store.setTickFor(alex, 'snapchat', 'turn-on-ghost-mode', true);
    const again = new DeviceStore(() => storage).getSnapshot().data;
    const byName = new Map(again.profiles.map((p) => [p.name, p]));
    expect(byName.get('Sam')).toMatchObject({ apps: ['roblox', 'minecraft'], ticks: { roblox: { 'limit-chat': '2026-12-02' } } });
    expect(byName.get('Alex')!.ticks).toEqual({ snapchat: { 'contact-friends-only': '2026-12-02', 'turn-on-ghost-mode': '2026-12-02' } });
  });

  it('renames, changes an age and removes a child; an empty name is refused', () => {
    const storage = memoryStorage();
    const store = new DeviceStore(() => storage, () => NOW);
    const sam = store.addChild({ name: 'Sam', age: null });
    const alex = store.addChild({ name: 'Alex', age: null });
    store.updateChild(sam, { name: 'Sammy', age: { years: 9, on: '2026-12-02' } });

    store.updateChild(sam, { name: '   ', age: null });
    expect(store.getSnapshot().data.profiles.find((p) => p.id === sam)).toMatchObject({ name: 'Sammy', age: { years: 9 } });
    store.removeChild(alex);
    store.removeChild(sam);
    const data = store.getSnapshot().data;
    expect(children(data)).toEqual([]);
    expect(data.profiles).toHaveLength(1);
    expect(readSaved(JSON.stringify(data)).kind).toBe('ok');
  });

  it('deletes everything it keeps, set-aside copies too, and nothing else', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: V1, [`${ASIDE_PREFIX}2026-01-01`]: 'x', 'someone-else': 'keep' });
    const store = new DeviceStore(() => storage, () => NOW);
    store.addChild({ name: 'Sam', age: null });
    expect(store.deleteEverything()).toBe(true);
    expect([...storage.items.keys()]).toEqual(['someone-else']);
    expect(store.getSnapshot().data.profiles[0]!.ticks).toEqual({});
  });

  it('says so when storage refuses the delete, so the page never claims the data is gone', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: V1 });
    const store = new DeviceStore(() => storage, () => NOW);
    store.open();
    storage.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(store.deleteEverything()).toBe(false);
    expect(storage.items.get(STORAGE_KEY)).toBe(V1);
  });
});

describe('two tabs', () => {
  it('never lose each other’s children, apps or ticks when they write at the same moment', () => {
    // Two tabs' views of one localStorage: each write reaches the other only when it is "synced".
    const shared = memoryStorage();
    const lagging = memoryStorage();
    let now = NOW;
    const tabA = new DeviceStore(() => shared, () => now);
    const tabB = new DeviceStore(() => lagging, () => now);
    tabA.open();
    tabB.open();
    const sam = tabA.addChild({ name: 'Sam', age: null });
    tabB.addChild({ name: 'Alex', age: null });
    // Tab B's write lands last, without Sam; tab A hears of it and puts Sam back.
    shared.items.set(STORAGE_KEY, lagging.items.get(STORAGE_KEY)!);
    tabA.externalChange();
    lagging.items.set(STORAGE_KEY, shared.items.get(STORAGE_KEY)!);
    tabB.externalChange();
    now += 10;
    tabA.setApps(sam, ['snapchat']);
    lagging.items.set(STORAGE_KEY, shared.items.get(STORAGE_KEY)!);
    tabB.externalChange();
    const names = (data: string) => (JSON.parse(data) as { profiles: { name: string; apps: string[] }[] }).profiles.map((p) => `${p.name}:${p.apps.join(',')}`).sort();
    expect(names(shared.items.get(STORAGE_KEY)!)).toEqual(['Alex:', 'Sam:snapchat']);
    expect(names(lagging.items.get(STORAGE_KEY)!)).toEqual(['Alex:', 'Sam:snapchat']);
  });
});
