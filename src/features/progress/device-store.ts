// The one store for this browser tab, and the hooks components use to read and change it.
import { useSyncExternalStore } from 'react';
import { DeviceStore, STORAGE_KEY, type StoreSnapshot } from './store';
import { activeProfile } from './model';

export const deviceStore = new DeviceStore(() => window.localStorage);

if (typeof window !== 'undefined') {
  // Another tab ticked a step or chose an area: show it here too.
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) deviceStore.reload();
  });
}

export function useDeviceStore(): StoreSnapshot {
  return useSyncExternalStore(deviceStore.subscribe, deviceStore.getSnapshot, deviceStore.getServerSnapshot);
}

/** The steps ticked for one guide in the active profile: step id -> date ticked. */
export function useTicks(guideId: string): Record<string, string> {
  const { data } = useDeviceStore();
  return activeProfile(data).ticks[guideId] ?? EMPTY;
}

const EMPTY: Record<string, string> = {};
