// Tracks the service worker and offers updates. main.tsx loads the registration code (from
// vite-plugin-pwa) after the page is interactive and hands it to startServiceWorker.
//
// Updates are offered, never forced: a new worker waits until the reader taps "Reload to update"
// (registerType 'prompt' in vite.config.ts), so nobody loses their place mid-read.

export type OfflineState = 'idle' | 'offline-ready' | 'update-ready';

type Listener = () => void;

let state: OfflineState = 'idle';
const listeners = new Set<Listener>();
let applyUpdate: ((reload?: boolean) => Promise<void>) | undefined;

function set(next: OfflineState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribeOffline(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function offlineState(): OfflineState {
  return state;
}

let reloading = false;

/** Called by the reader's tap only: activates the waiting worker, then reloads once it controls the page. */
export async function updateNow(): Promise<void> {
  // vite-plugin-pwa reloads only when the page was already controlled when it loaded; on a first
  // visit that has just installed the guide, reload here when the new worker takes over.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  });
  await applyUpdate?.(true);
}

export function dismissOfflineNotice(): void {
  set('idle');
}

/** How often an open page asks whether a new version has been deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

type RegisterSW = typeof import('virtual:pwa-register').registerSW;

export function startServiceWorker(registerSW: RegisterSW): void {
  applyUpdate = registerSW({
    immediate: true,
    onOfflineReady: () => set('offline-ready'),
    onNeedRefresh: () => set('update-ready'),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, UPDATE_CHECK_MS);
    },
  });
}
