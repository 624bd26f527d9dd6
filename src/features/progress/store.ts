// The device store: keeps SavedData in localStorage and tells its readers when it changes. Storage
// can fail in every way (private modes throw on each call, quota, data from a newer version,
// corrupt text); the guide then keeps working in memory, says why, and never overwrites what it
// could not read without first setting it aside.
//
// Several tabs share one localStorage. Every change re-reads storage before writing, so a tick
// made in another tab is never written over with an old copy; and because two tabs can still
// write at the same moment (each tab's copy of localStorage is synced asynchronously), a change
// stays in a short journal and is applied again if the other tab's write arrives without it.
import { todayIso } from '../freshness/today';
import { activeProfile, addChild, emptyData, markChangesSeen, readSaved, removeChild, setActive, setApps, setArea, setTick, updateChild, type ChildDetails, type SavedData } from './model';

export const STORAGE_KEY = 'online-safety-guide';
export const ASIDE_PREFIX = `${STORAGE_KEY}.unreadable.`;
/** Keys of set-aside copies the reader has seen the notice for. */
export const ASIDE_SEEN_KEY = `${STORAGE_KEY}.unreadable-seen`;

/** Why ticks are not being saved, or were reset. null when all is well. */
export type StorageProblem =
  | null
  | { kind: 'unavailable' }
  | { kind: 'write-failed' }
  | { kind: 'newer'; version: number }
  | { kind: 'set-aside'; key: string }
  | { kind: 'unreadable-kept' };

export interface StoreSnapshot {
  data: SavedData;
  /** "saved": changes are written to the device; "memory": they last until the page closes. */
  mode: 'saved' | 'memory';
  problem: StorageProblem;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;
type StorageGetter = () => StorageLike;

type Change =
  | { kind: 'tick'; profile: string; guideId: string; stepId: string; ticked: boolean; date: string }
  | { kind: 'area'; area: string | null }
  | { kind: 'add'; id: string; details: ChildDetails; date: string }
  | { kind: 'update'; id: string; details: ChildDetails }
  | { kind: 'remove'; id: string }
  | { kind: 'apps'; id: string; apps: string[] }
  | { kind: 'active'; id: string }
  | { kind: 'seen'; id: string; date: string };

interface JournalEntry {
  change: Change;
  at: number;
}

/** How long a change waits for other tabs' writes to include it. Writes cross tabs in milliseconds. */
const JOURNAL_MS = 1000;

function apply(data: SavedData, change: Change): SavedData {
  switch (change.kind) {
    case 'area':
      return setArea(data, change.area);
    case 'add':
      return addChild(data, change.id, change.details, change.date);
    case 'update':
      return updateChild(data, change.id, change.details);
    case 'remove':
      return removeChild(data, change.id);
    case 'apps':
      return setApps(data, change.id, change.apps);
    case 'active':
      return setActive(data, change.id);
    case 'seen':
      return markChangesSeen(data, change.id, change.date);
    case 'tick': {
      // A tick made for a child another tab has just removed goes nowhere, rather than to someone
      // else; one made before there were children follows them to the first child.
      const target = data.profiles.some((p) => p.id === change.profile) ? change.profile : change.profile === 'default' ? data.profiles[0]?.id : undefined;
      if (target === undefined) return data;
      const next = setTick({ ...data, activeProfile: target }, change.guideId, change.stepId, change.ticked, change.date);
      return { ...next, activeProfile: data.activeProfile };
    }
  }
}

/** Whether another tab's data already includes this change (so it need not be applied again). */
function reflected(data: SavedData, change: Change): boolean {
  const profile = data.profiles.find((p) => p.id === ('profile' in change ? change.profile : 'id' in change ? change.id : ''));
  switch (change.kind) {
    case 'area':
      return data.area === change.area;
    case 'add':
      return profile !== undefined;
    case 'update':
      return profile === undefined || (profile.name === change.details.name.trim() && JSON.stringify(profile.age) === JSON.stringify(change.details.age));
    case 'remove':
      return profile === undefined;
    case 'apps':
      return profile === undefined || JSON.stringify(profile.apps) === JSON.stringify([...new Set(change.apps)]);
    case 'active':
      return data.activeProfile === change.id || profile === undefined;
    case 'seen':
      return profile === undefined || profile.changesSeen === change.date;
    case 'tick': {
      if (profile === undefined) return change.profile !== 'default' || data.profiles.length === 0 || reflected(data, { ...change, profile: data.profiles[0]!.id });
      const date = profile.ticks[change.guideId]?.[change.stepId];
      return change.ticked ? date === change.date : date === undefined;
    }
  }
}

/** A new child's id: unique on this device, and meaningless anywhere else. */
function newId(now: number): string {
  return `child-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class DeviceStore {
  private snapshot: StoreSnapshot | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly getStorage: StorageGetter;
  private journal: JournalEntry[] = [];
  /** Unreadable text that could not be set aside in storage: kept here so it can still be saved as a file. */
  private keptInMemory: string | null = null;
  private readonly now: () => number;
  /** The snapshot before the store has read the device (prerendering and hydration). */
  static readonly initial: StoreSnapshot = { data: emptyData(), mode: 'memory', problem: null };

  constructor(getStorage: StorageGetter, now: () => number = Date.now) {
    this.getStorage = getStorage;
    this.now = now;
  }

  /** Reads the device, repairing what needs it (setting corrupt data aside). Call once on load. */
  open(): StoreSnapshot {
    this.snapshot ??= this.read();
    return this.snapshot;
  }

  private read(): StoreSnapshot {
    let raw: string | null;
    try {
      raw = this.getStorage().getItem(STORAGE_KEY);
    } catch {
      return { data: emptyData(), mode: 'memory', problem: { kind: 'unavailable' } };
    }
    const result = readSaved(raw);
    switch (result.kind) {
      case 'empty':
      case 'ok':
        return { data: result.data, mode: 'saved', problem: null };
      case 'newer':
        // Written by a newer version of the guide: leave it untouched for that version.
        return { data: result.data, mode: 'memory', problem: { kind: 'newer', version: result.version } };
      case 'corrupt': {
        const key = `${ASIDE_PREFIX}${new Date(this.now()).toISOString()}`;
        try {
          this.getStorage().setItem(key, raw ?? '');
        } catch {
          // Could not copy it aside (often because it is too big to copy), so it must not be
          // overwritten: work in memory, and keep the text so the reader can still save it.
          this.keptInMemory = raw;
          return { data: result.data, mode: 'memory', problem: { kind: 'unreadable-kept' } };
        }
        try {
          // The copy is safe, so start afresh; the next visit reads a clean store.
          this.getStorage().setItem(STORAGE_KEY, JSON.stringify(result.data));
          return { data: result.data, mode: 'saved', problem: { kind: 'set-aside', key } };
        } catch {
          return { data: result.data, mode: 'memory', problem: { kind: 'set-aside', key } };
        }
      }
    }
  }

  /** The current data, re-read from storage when this tab may write it; null when it cannot be read. */
  private fresh(): SavedData | null {
    try {
      const result = readSaved(this.getStorage().getItem(STORAGE_KEY));
      return result.kind === 'ok' || result.kind === 'empty' ? result.data : null;
    } catch {
      return null;
    }
  }

  getSnapshot = (): StoreSnapshot => this.open();

  getServerSnapshot = (): StoreSnapshot => DeviceStore.initial;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private write(data: SavedData, current: StoreSnapshot): StoreSnapshot {
    let { mode, problem } = current;
    if (mode === 'saved') {
      try {
        this.getStorage().setItem(STORAGE_KEY, JSON.stringify(data));
      } catch {
        mode = 'memory';
        problem = { kind: 'write-failed' };
      }
    }
    return { data, mode, problem };
  }

  private change(change: Change): void {
    const current = this.open();
    // In memory (storage refused, or a newer version's data) this tab's copy is the only one.
    const base = current.mode === 'saved' ? (this.fresh() ?? current.data) : current.data;
    this.journal = [...this.journal.filter((entry) => this.now() - entry.at < JOURNAL_MS), { change, at: this.now() }];
    this.snapshot = this.write(apply(base, change), current);
    this.emit();
  }

  /**
   * Another tab wrote the store (a `storage` event). Take its data, apply again any change of
   * this tab's that it does not include yet, and write the result back if that changed anything.
   */
  externalChange(): void {
    const current = this.open();
    if (current.mode !== 'saved') return;
    const incoming = this.fresh();
    if (incoming === null) return;
    const young = this.journal.filter((entry) => this.now() - entry.at < JOURNAL_MS);
    const missing = young.filter((entry) => !reflected(incoming, entry.change));
    let data = incoming;
    for (const entry of missing) data = apply(data, entry.change);
    this.journal = missing;
    this.snapshot = missing.length > 0 ? this.write(data, current) : { ...current, data };
    this.emit();
  }

  setTick(guideId: string, stepId: string, ticked: boolean): void {
    this.setTickFor(activeProfile(this.open().data).id, guideId, stepId, ticked);
  }

  setArea(area: string | null): void {
    this.change({ kind: 'area', area });
  }

  /** Adds a child and makes them the one ticks are kept for; returns their id. */
  addChild(details: ChildDetails): string {
    const id = newId(this.now());
    this.change({ kind: 'add', id, details, date: todayIso(new Date(this.now())) });
    return id;
  }

  updateChild(id: string, details: ChildDetails): void {
    this.change({ kind: 'update', id, details });
  }

  removeChild(id: string): void {
    this.change({ kind: 'remove', id });
  }

  setApps(id: string, apps: string[]): void {
    this.change({ kind: 'apps', id, apps });
  }

  /** Which child ticks on the guide pages are for. */
  setActive(id: string): void {
    this.change({ kind: 'active', id });
  }

  markChangesSeen(id: string): void {
    this.change({ kind: 'seen', id, date: todayIso(new Date(this.now())) });
  }

  /** Ticks a step (or unticks it) for one child, whoever is active: the plan page ticks for its child. */
  setTickFor(profile: string, guideId: string, stepId: string, ticked: boolean): void {
    this.change({ kind: 'tick', profile, guideId, stepId, ticked, date: todayIso(new Date(this.now())) });
  }

  /**
   * Deletes everything the guide keeps on this device: ticks, children, area and any copies set
   * aside as unreadable. Returns false when storage refused, so the page never claims it is gone.
   */
  deleteEverything(): boolean {
    this.journal = [];
    let removed = true;
    try {
      const storage = this.getStorage();
      const keys: string[] = [STORAGE_KEY, ASIDE_SEEN_KEY];
      if (typeof storage.key === 'function' && typeof storage.length === 'number') {
        for (let index = 0; index < storage.length; index += 1) {
          const key = storage.key(index);
          if (key?.startsWith(ASIDE_PREFIX)) keys.push(key);
        }
      }
      for (const key of keys) storage.removeItem(key);
    } catch {
      removed = false;
    }
    this.keptInMemory = null;
    const current = this.open();
    this.snapshot = { data: emptyData(), mode: removed ? 'saved' : current.mode, problem: removed ? null : current.problem };
    this.emit();
    return removed;
  }

  /** Replaces everything, e.g. with ticks merged from a saved copy (see transfer.ts). */
  replace(merge: (data: SavedData) => SavedData): SavedData {
    const current = this.open();
    const base = current.mode === 'saved' ? (this.fresh() ?? current.data) : current.data;
    const data = merge(base);
    this.snapshot = this.write(data, current);
    this.emit();
    return data;
  }

  /** The text that was set aside as unreadable, so the reader can save it as a file. */
  asideText(key: string | null): string | null {
    if (key === null) return this.keptInMemory;
    try {
      return this.getStorage().getItem(key);
    } catch {
      return null;
    }
  }

  /** The stored text as it is, e.g. a newer version's data, so a saved copy never comes out empty. */
  rawText(): string | null {
    try {
      return this.getStorage().getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  }
}
