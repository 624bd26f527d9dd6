import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;
const today = () => new Date().toISOString().slice(0, 10);
const buildDate = () => import.meta.env.BUILD_DATE;

/**
 * Today's date (YYYY-MM-DD). The server render and hydration use the build date, so the
 * prerendered page and the first browser render agree; after that, the reader's own date.
 */
export function useToday(): string {
  return useSyncExternalStore(noSubscription, today, buildDate);
}
