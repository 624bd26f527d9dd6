// Fetching the plan data of the guides in a plan, and keeping them (with their pages) for offline
// reading. Through the service worker, a guide's file comes from the network first and from the
// copy kept here when offline (src/sw.ts).
import { withBase } from '../../routing/base';
import { GUIDE_CACHE } from '../offline/cache-names';
import { planDataPath, type PlanGuide } from './plan-data';

function isPlanGuide(value: unknown, id: string): value is PlanGuide {
  if (value === null || typeof value !== 'object') return false;
  const guide = value as Partial<PlanGuide>;
  return guide.id === id && typeof guide.name === 'string' && Array.isArray(guide.steps) && Array.isArray(guide.changes);
}

/** The plan data of these guides. A guide that cannot be fetched or read is left out: the plan lists it as missing. */
export async function loadPlanGuides(ids: readonly string[]): Promise<Map<string, PlanGuide>> {
  const entries = await Promise.all(
    [...new Set(ids)].map(async (id): Promise<[string, PlanGuide] | null> => {
      try {
        const response = await fetch(withBase(planDataPath(id)));
        if (!response.ok) return null;
        const value: unknown = await response.json();
        return isPlanGuide(value, id) ? [id, value] : null;
      } catch {
        return null;
      }
    }),
  );
  return new Map(entries.filter((entry): entry is [string, PlanGuide] => entry !== null));
}

/**
 * Keeps the planned guides' pages (their addresses, with the base path) and plan files for
 * offline reading: the first offline tier includes every guide a parent has put in a plan.
 * Quietly does nothing without the Cache API. (The route table is not imported here: it would
 * bring every page's code into the browser.)
 */
export async function keepPlannedOffline(guides: readonly { id: string; href: string }[]): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(GUIDE_CACHE);
    for (const guide of guides) {
      for (const url of [guide.href, withBase(planDataPath(guide.id))]) {
        if (!(await cache.match(url))) await cache.add(url);
      }
    }
  } catch {
    // Offline, or storage full: the plan still works online, and the guides opened are kept as usual.
  }
}
