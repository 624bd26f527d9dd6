// The plan data for a set of guides, fetched once per page however many islands ask for it.
import { useCallback, useEffect, useState } from 'react';
import { loadPlanGuides } from './load-plan-data';
import type { PlanGuide } from './plan-data';

const loaded = new Map<string, PlanGuide>();
/** Guides asked for and not found (offline and never saved, or gone from the guide). */
const failed = new Set<string>();

export interface PlanGuides {
  guides: ReadonlyMap<string, PlanGuide>;
  /** True until every guide asked for has been fetched (or has failed to). */
  loading: boolean;
  /** Asks again for the guides that failed (also done by itself when the browser is back online). */
  retry: () => void;
}

export function usePlanGuides(ids: readonly string[]): PlanGuides {
  const key = [...new Set(ids)].sort().join(' ');
  // Bumped when a fetch finishes, so the page renders what arrived.
  const [, setVersion] = useState(0);
  // Bumped to fetch again what failed: offline, a guide never opened has no plan data yet.
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    if (failed.size === 0) return;
    failed.clear();
    setAttempt((value) => value + 1);
  }, []);
  useEffect(() => {
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [retry]);
  const wanted = key === '' ? [] : key.split(' ');
  const pending = wanted.filter((id) => !loaded.has(id) && !failed.has(id));
  useEffect(() => {
    const missing = key === '' ? [] : key.split(' ').filter((id) => !loaded.has(id) && !failed.has(id));
    if (missing.length === 0) return;
    let current = true;
    void loadPlanGuides(missing).then((found) => {
      for (const id of missing) {
        const guide = found.get(id);
        if (guide) loaded.set(id, guide);
        else failed.add(id);
      }
      if (current) setVersion((version) => version + 1);
    });
    return () => {
      current = false;
    };
    // `attempt` is read by no line here: it is the trigger to fetch again what failed.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [key, attempt]);
  return { guides: loaded, loading: pending.length > 0, retry };
}
