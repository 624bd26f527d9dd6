// Runs after the first paint: opens the page's progress store (repairing it on load, never
// inside a render), keeps it in step with other tabs, starts the site scripts and hydrates the
// islands. React is loaded only when the page has an island.
import { activeProfile } from '../features/progress/model';
import { DeviceStore, STORAGE_KEY } from '../features/progress/store';
import { startSite } from '../site/start';
import { ISLAND_MESSAGES_ID } from './page-data';

/** What wakes an island that waits for the reader. */
const WAKE_EVENTS = ['pointerdown', 'focusin', 'keydown', 'touchstart'] as const;

export function start(): void {
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
  const page = { language: document.documentElement.lang, messages: JSON.parse(messagesText) as Record<string, string> };
  const hydrate = (elements: HTMLElement[]) => void import('./hydrate').then(({ hydrateIslands }) => hydrateIslands(elements, store, page));
  const onInteraction = islands.filter((island) => island.dataset.hydrate === 'interaction');
  for (const island of onInteraction) {
    // A filtered address (/apps?q=snap) must show its state at once; otherwise wait for the reader.
    if (window.location.search !== '') hydrate([island]);
    else {
      const wake = () => {
        for (const type of WAKE_EVENTS) island.removeEventListener(type, wake, true);
        hydrate([island]);
      };
      for (const type of WAKE_EVENTS) island.addEventListener(type, wake, { capture: true, passive: true });
    }
  }
  // A step's notes hydrate only once the step has a tick: a tick made today needs no re-check
  // and postdates every change line, so on most visits these never cost a React root.
  const onTick = islands.filter((island) => island.dataset.hydrate === 'ticked');
  if (onTick.length > 0) hydrateWhenTicked(onTick, store, hydrate);
  // The rest come alive now, once the page's text is on screen.
  const now = islands.filter((island) => !onInteraction.includes(island) && !onTick.includes(island));
  if (now.length > 0) hydrate(now);
}

/** Hydrates each island when its step (props guideId and stepId) is ticked for the active child. */
function hydrateWhenTicked(islands: HTMLElement[], store: DeviceStore, hydrate: (elements: HTMLElement[]) => void): void {
  let waiting = islands.map((element) => ({ element, step: stepOf(element) }));
  const check = () => {
    const ticks = activeProfile(store.getSnapshot().data).ticks;
    const due = waiting.filter(({ step }) => step !== null && ticks[step.guideId]?.[step.stepId] !== undefined);
    if (due.length === 0) return;
    waiting = waiting.filter((entry) => !due.includes(entry));
    if (waiting.length === 0) unsubscribe();
    hydrate(due.map(({ element }) => element));
  };
  const unsubscribe = store.subscribe(check);
  check();
}

function stepOf(element: HTMLElement): { guideId: string; stepId: string } | null {
  try {
    const props = JSON.parse(element.dataset.props ?? '{}') as { guideId?: unknown; stepId?: unknown };
    return typeof props.guideId === 'string' && typeof props.stepId === 'string' ? { guideId: props.guideId, stepId: props.stepId } : null;
  } catch {
    return null;
  }
}
