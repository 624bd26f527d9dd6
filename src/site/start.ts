// The small scripts every page runs, with no framework: the reader's area, storage notices,
// print buttons, freshness and the service worker. Pages with nothing to tick or type need no more.
import type { DeviceStore } from '../features/progress/store';
import { startArea } from './area';
import { FAMILY_SUMMARY } from './attributes';
import { startFreshness } from './freshness';
import { keepThisPageOffline } from './keep-offline';
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
