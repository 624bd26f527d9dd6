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
import { activeProfile, emptyData, readSaved, setArea, setTick, type SavedData } from './model';

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

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type StorageGetter = () => StorageLike;

type Change = { kind: 'tick'; profile: string; guideId: string; stepId: string; ticked: boolean; date: string } | { kind: 'area'; area: string | null };

interface JournalEntry {
  change: Change;
  at: number;
}

/** How long a change waits for other tabs' writes to include it. Writes cross tabs in milliseconds. */
const JOURNAL_MS = 1000;

function apply(data: SavedData, change: Change): SavedData {
  if (change.kind === 'area') return setArea(data, change.area);
  const withProfile = data.profiles.some((p) => p.id === change.profile) ? { ...data, activeProfile: change.profile } : data;
  const next = setTick(withProfile, change.guideId, change.stepId, change.ticked, change.date);
  return { ...next, activeProfile: data.activeProfile };
}

function reflected(data: SavedData, change: Change): boolean {
  if (change.kind === 'area') return data.area === change.area;
  const profile = data.profiles.find((p) => p.id === change.profile);
  return (profile?.ticks[change.guideId]?.[change.stepId] !== undefined) === change.ticked;
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
    const profile = activeProfile(this.open().data).id;
    this.change({ kind: 'tick', profile, guideId, stepId, ticked, date: todayIso(new Date(this.now())) });
  }

  setArea(area: string | null): void {
    this.change({ kind: 'area', area });
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
