// While a page is prerendered, islands record the UI strings they use here; the document then
// carries them once, for every island on the page (src/prerender/document.ts).
import { createContext, useContext } from 'react';
import type { DeviceStore } from '../features/progress/store';

export interface IslandCollector {
  language: string;
  /** Looks a UI string up in the page's language (i18next's resources). */
  lookup: (key: string) => string | undefined;
  /** The store islands render with while prerendering: always empty. */
  store: DeviceStore;
  messages: Record<string, string>;
  islands: Set<string>;
}

export const IslandCollectorContext = createContext<IslandCollector | null>(null);

export function useIslandCollector(): IslandCollector {
  const collector = useContext(IslandCollectorContext);
  if (collector === null) throw new Error('Islands are rendered inside an IslandCollectorContext (see src/prerender/render-page.tsx)');
  return collector;
}
