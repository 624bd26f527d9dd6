// Registers the service worker (src/sw.ts) and offers updates. Updates are offered, never forced:
// a new version waits until the reader taps "Reload to update", and only the tab whose reader
// tapped it reloads. Other open tabs are told the guide was updated and reload when their reader
// chooses, so nobody loses their place mid-read.
import { Workbox } from 'workbox-window';
import { BASE_URL } from '../routing/base';
import { onAction, showNotice } from './notices';

/** How often an open page asks whether a new version has been deployed. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  const workbox = new Workbox(`${BASE_URL}sw.js`, { scope: BASE_URL });
  /** Set only by this tab's reader tapping "Reload to update". */
  let readerAskedToUpdate = false;

  /** Whether a worker controlled this page before: the first one taking over is not an update. */
  let controlled = navigator.serviceWorker.controller !== null;

  workbox.addEventListener('installed', (event) => {
    // The first install only: an update found later (isExternal) is offered by 'waiting' below.
    if (!event.isUpdate && !event.isExternal && !controlled) showNotice('offline-ready');
  });
  workbox.addEventListener('waiting', () => showNotice('update-ready'));
  // Workbox's own 'controlling' event cannot tell an update from the first install in a page
  // that loaded before any worker existed, so watch the controller directly.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const wasControlled = controlled;
    controlled = true;
    if (readerAskedToUpdate) window.location.reload();
    else if (wasControlled) {
      // Another tab's reader updated the guide; this page keeps working as it is.
      showNotice('update-ready', false);
      showNotice('updated-elsewhere');
    }
  });
  onAction(document, 'update', () => {
    readerAskedToUpdate = true;
    workbox.messageSkipWaiting();
  });

  void workbox.register().then(
    (registration) => {
      setInterval(() => {
        if (navigator.onLine) void registration?.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    // No worker (a private window that refuses it, or the server is gone): the page still reads.
    () => undefined,
  );
}
