// Progress behind a small API: a provider that hands islands the page's store, and hooks to read
// and change it. Each island is its own React root, so the browser runtime gives every root the
// same store (one per page, opened once on load); tests give each render a store of their own.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { activeProfile } from './model';
import { DeviceStore, type StoreSnapshot } from './store';

const ProgressContext = createContext<DeviceStore | null>(null);

export function ProgressProvider({ store, children }: { store: DeviceStore; children: ReactNode }) {
  return <ProgressContext value={store}>{children}</ProgressContext>;
}

/** The page's store, to change progress: setTick, setArea, replace. */
export function useProgressStore(): DeviceStore {
  const store = useContext(ProgressContext);
  if (store === null) throw new Error('useProgressStore needs a <ProgressProvider>');
  return store;
}

/** What is saved on the device. The prerendered page (and hydration) sees an empty store. */
export function useProgress(): StoreSnapshot {
  const store = useProgressStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

const EMPTY: Readonly<Record<string, string>> = {};

/** The steps ticked for one guide in the active profile: step id -> date ticked. */
export function useTicks(guideId: string): Readonly<Record<string, string>> {
  const { data } = useProgress();
  return activeProfile(data).ticks[guideId] ?? EMPTY;
}
