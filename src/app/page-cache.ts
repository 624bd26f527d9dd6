// Loaded pages by path. The server and the browser both load a page before rendering it, so
// the first render is complete and hydration matches; later navigations suspend until loaded.
import { matchPath } from 'react-router';
import { notFoundRoute, routes } from '../routes';
import type { LoadedPage } from '../routing/types';

interface Entry {
  promise: Promise<LoadedPage>;
  page?: LoadedPage;
}

const cache = new Map<string, Entry>();

async function loadPath(pathname: string): Promise<LoadedPage> {
  for (const route of routes) {
    const match = matchPath({ path: route.path, end: true }, pathname);
    if (match) {
      const page = await route.load(match.params);
      if (page) return page;
      break;
    }
  }
  const page = await notFoundRoute.load({});
  if (!page) throw new Error('The not-found page did not load');
  return page;
}

/** Canonical paths have no trailing slash; "/" stays "/". */
export function normalise(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith('/') ? pathname.replace(/\/+$/, '') : pathname;
}

function entryFor(pathname: string): Entry {
  const key = normalise(pathname);
  let entry = cache.get(key);
  if (!entry) {
    const created: Entry = { promise: loadPath(key) };
    created.promise.then(
      (page) => {
        created.page = page;
      },
      // A failure stays cached (so rendering does not retry in a loop) until forgetPage.
      () => undefined,
    );
    cache.set(key, created);
    entry = created;
  }
  return entry;
}

/** Loads a page once; later calls share the same promise. */
export function preloadPage(pathname: string): Promise<LoadedPage> {
  return entryFor(pathname).promise;
}

/** The loaded page if it is ready; otherwise the promise to suspend on (React's `use`). */
export function readPage(pathname: string): LoadedPage | Promise<LoadedPage> {
  const entry = entryFor(pathname);
  return entry.page ?? entry.promise;
}

/** Drops a page (e.g. after it failed to load) so the next read loads it again. */
export function forgetPage(pathname: string): void {
  cache.delete(normalise(pathname));
}
