// Runs after the first paint: opens the page's progress store (repairing it on load, never
// inside a render), keeps it in step with other tabs, starts the site scripts and hydrates the
// islands. React is loaded only when the page has an island.
import { DeviceStore, STORAGE_KEY } from '../features/progress/store';
import { startSite } from '../site/start';
import { ISLAND_MESSAGES_ID } from './page-data';

export async function start(): Promise<void> {
  const store = new DeviceStore(() => window.localStorage);
  store.open();
  window.addEventListener('storage', (event) => {
    // Another tab ticked a step or chose an area: merge it in, and show it here too.
    if (event.key === STORAGE_KEY || event.key === null) store.externalChange();
  });
  startSite(store);
  const islands = [...document.querySelectorAll<HTMLElement>('[data-island]')];
  if (islands.length === 0) return;
  const messagesText = document.getElementById(ISLAND_MESSAGES_ID)?.textContent ?? '{}';
  const { hydrateIslands } = await import('./hydrate');
  await hydrateIslands(islands, store, { language: document.documentElement.lang, messages: JSON.parse(messagesText) as Record<string, string> });
}
