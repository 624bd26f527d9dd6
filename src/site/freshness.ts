import { isStale } from '../features/freshness/is-stale';
import { todayIso } from '../features/freshness/today';
import { REVIEWED } from './attributes';

/** A page read offline long after it was built still says when its guide may be out of date. */
export function startFreshness(): void {
  for (const notice of document.querySelectorAll<HTMLElement>(`[${REVIEWED}]`)) {
    const reviewed = notice.getAttribute(REVIEWED);
    if (reviewed) notice.hidden = !isStale(reviewed, todayIso());
  }
}
