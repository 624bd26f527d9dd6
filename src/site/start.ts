// The small scripts every page runs, with no framework: the reader's area, storage notices,
// print buttons, freshness, saving every guide and the service worker. Pages with nothing to tick
// or type need no more.
import type { DeviceStore } from '../features/progress/store';
import { startArea } from './area';
import { FAMILY_SUMMARY, SAVE_GUIDES } from './attributes';
import { startFreshness } from './freshness';
import { canSaveGuides, keepThisPageOffline } from './keep-offline';
import { wireDismissButtons } from './notices';
import { startPrintButtons } from './print';
import { startServiceWorker } from './service-worker';
import { startShareButtons } from './share';
import { startStorageNotices } from './storage-notices';

export function startSite(store: DeviceStore): void {
  wireDismissButtons();
  startArea(store);
  // Only the home page has the family summary: other pages never load its code.
  if (document.querySelector(`[${FAMILY_SUMMARY}]`) !== null) void import('./family-summary').then(({ startFamilySummary }) => startFamilySummary(store));
  startStorageNotices(store);
  startPrintButtons();
  startShareButtons();
  startFreshness();
  const saveGuides = document.querySelector<HTMLElement>(`[${SAVE_GUIDES}]`);
  // Only the guide list has it: its script is fetched there alone, and only where it can work.
  // If it fails to load (offline before the precache), the section stays hidden, as it is for a
  // browser that cannot save; a failure inside it is a bug, so it is said (tests watch for it).
  if (saveGuides && canSaveGuides()) {
    void import('./save-guides')
      .then(({ startSaveGuides }) => startSaveGuides(saveGuides).catch((error: unknown) => console.error('"Save every guide" did not start', error)))
      .catch(() => undefined);
  }
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    // Register once the browser is idle, so installing the worker (which downloads the guide for
    // offline use) never competes with the page the reader opened.
    const start = () => {
      startServiceWorker();
      keepThisPageOffline();
    };
    const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 1000));
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }
}
