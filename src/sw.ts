/// <reference lib="webworker" />
// The service worker. Offline is the normal case, in two tiers so the precache stays flat however
// many guides there are:
// 1. Precached on install (the manifest vite-plugin-pwa injects, filtered by the route table's
//    offline tiers in vite.config.ts): the code, styles, icons, the help pages, the app list, the
//    local pages, the about and 404 pages.
// 2. Guides: cached when a parent opens one, or all at once from "Save every guide for offline"
//    (src/site/save-guides.ts), in a cache the page can read to say what is saved;
//    with them, the plan data of every guide a parent has put in a family plan.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { GUIDE_CACHE } from './features/offline/cache-names';
import { canonicalForm } from './routing/canonical';

declare const self: ServiceWorkerGlobalScope;

const base = new URL(self.registration.scope).pathname;
const inSite = (pathname: string) => pathname.startsWith(base);
const page = (file: string) => `${base}${file}`;

// Every form of a page's address a host may serve (/apps/, /apps.html, /index.html) redirects to
// its canonical address, so the page shown always matches its address, online or not. This route
// comes first, before the precache's own.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && inSite(url.pathname) && canonicalForm(url.pathname.slice(base.length - 1)) !== url.pathname.slice(base.length - 1),
  ({ url }) => {
    const target = new URL(url.href);
    target.pathname = `${base.replace(/\/$/, '')}${canonicalForm(url.pathname.slice(base.length - 1))}`;
    return Promise.resolve(Response.redirect(target.href, 301));
  },
);

// Filters live in the query string (/apps?q=snap); it never changes which page is served.
// cleanURLs maps /apps/snapchat to apps/snapchat.html.
// eslint-disable-next-line no-underscore-dangle -- the name Workbox replaces with the precache list
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], cleanURLs: true });
cleanupOutdatedCaches();

// A guide: the network first, so a parent online always gets the newest settings; the copy kept
// here when offline (or when the network takes longer than a few seconds on a weak signal).
const guides = new NetworkFirst({ cacheName: GUIDE_CACHE, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } });
const isGuide = (pathname: string) => /^apps\/[a-z0-9-]+$/.test(pathname.slice(base.length));

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && isGuide(url.pathname),
  async (options) => {
    try {
      const response = await guides.handle(options);
      if (response) return response;
    } catch {
      // Offline and never saved: say so, rather than show a browser error.
    }
    return (await matchPrecache(page('offline.html'))) ?? Response.error();
  },
);

// A guide's plan data (src/features/family/plan-data.ts): like its page, the network first, and
// the copy kept with the guides when offline. Never precached, so a plan costs only its guides.
const isPlanData = (pathname: string) => /^plan-data\/[a-z0-9-]+\.json$/.test(pathname.slice(base.length));
registerRoute(({ url }) => url.origin === self.location.origin && isPlanData(url.pathname), guides);

// Any other page the precache does not hold: the network, else the prerendered 404 page.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return (await matchPrecache(page('404.html'))) ?? Response.error();
    }
  },
);

// Updates are offered, never forced: a new worker waits until a reader taps "Reload to update",
// which sends SKIP_WAITING from that tab (src/site/service-worker.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// On first install, take control of open pages at once, so their islands load from the precache
// if the signal drops before the next reload. An update only activates after SKIP_WAITING.
clientsClaim();

// Saved guides point at the code of the version that saved them, which an update removes; fetch
// them again when a new version takes over (when offline, the old copy stays and still reads).
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(GUIDE_CACHE);
      for (const request of await cache.keys()) {
        try {
          const response = await fetch(request.url, { cache: 'no-cache' });
          if (response.ok) await cache.put(request.url, response);
        } catch {
          return;
        }
      }
    })(),
  );
});
