// A guide a parent opens is kept for reading offline. The service worker caches guides it serves
// (src/sw.ts), but on the very first visit no worker controls the page yet, so the page saves
// itself into the same cache once the worker is ready.
import { GUIDE_CACHE } from '../features/offline/cache-names';

/** Without the Cache API or service workers (very old browsers, or a page not served over https), guides cannot be kept. */
export function canSaveGuides(): boolean {
  return typeof caches !== 'undefined' && 'serviceWorker' in navigator;
}

export function keepThisPageOffline(): void {
  if (document.getElementById('root')?.dataset.offline !== 'on-demand') return;
  if (!canSaveGuides()) return;
  const path = window.location.pathname;
  void navigator.serviceWorker.ready
    .then(async () => {
      const cache = await caches.open(GUIDE_CACHE);
      if (!(await cache.match(path, { ignoreSearch: true }))) await cache.add(path);
    })
    // Offline, or storage refused: the page still reads; it is saved on a later visit.
    .catch(() => undefined);
}
