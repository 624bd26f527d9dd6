// The device store: keeps SavedData in localStorage and tells React when it changes. Storage can
// fail in every way (private modes throw on each call, quota, data from a newer version, corrupt
// text); the guide then keeps working in memory, says why, and never overwrites what it could not
// read without first setting it aside.
import { emptyData, readSaved, setArea, setTick, type SavedData } from './model';

export const STORAGE_KEY = 'online-safety-guide';
export const ASIDE_PREFIX = `${STORAGE_KEY}.unreadable.`;

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

type StorageGetter = () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export class DeviceStore {
  private snapshot: StoreSnapshot | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly getStorage: StorageGetter;
  /** The snapshot before the store has read the device (server render and hydration). */
  static readonly initial: StoreSnapshot = { data: emptyData(), mode: 'memory', problem: null };

  constructor(getStorage: StorageGetter) {
    this.getStorage = getStorage;
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
        const key = `${ASIDE_PREFIX}${new Date().toISOString()}`;
        try {
          this.getStorage().setItem(key, raw ?? '');
        } catch {
          // Could not copy it aside, so it must not be overwritten: work in memory.
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

  getSnapshot = (): StoreSnapshot => {
    this.snapshot ??= this.read();
    return this.snapshot;
  };

  getServerSnapshot = (): StoreSnapshot => DeviceStore.initial;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the device again, e.g. when another tab changed it. */
  reload(): void {
    this.snapshot = this.read();
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private update(change: (data: SavedData) => SavedData): void {
    const current = this.getSnapshot();
    const data = change(current.data);
    let { mode, problem } = current;
    if (mode === 'saved') {
      try {
        this.getStorage().setItem(STORAGE_KEY, JSON.stringify(data));
      } catch {
        mode = 'memory';
        problem = { kind: 'write-failed' };
      }
    }
    this.snapshot = { data, mode, problem };
    this.emit();
  }

  setTick(guideId: string, stepId: string, ticked: boolean): void {
    this.update((data) => setTick(data, guideId, stepId, ticked, today()));
  }

  setArea(area: string | null): void {
    this.update((data) => setArea(data, area));
  }

  /** Replaces everything, e.g. with ticks merged from a saved copy (see transfer.ts). */
  replace(data: SavedData): void {
    this.update(() => data);
  }

  /** The text that was set aside as unreadable, so the reader can save a copy. */
  asideText(key: string): string | null {
    try {
      return this.getStorage().getItem(key);
    } catch {
      return null;
    }
  }
}
