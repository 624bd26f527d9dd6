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
  /** UI strings of every island on the page so far, by key. */
  readonly messages: Readonly<Record<string, string>>;
  /** The islands on the page so far, by name. */
  readonly islands: ReadonlySet<string>;
  /** Records an island with its UI strings; returns its id on the page ("island-1", ...). */
  register: (name: string, messages: Readonly<Record<string, string>>) => string;
}

export function createIslandCollector(language: string, lookup: (key: string) => string | undefined, store: DeviceStore): IslandCollector {
  const messages: Record<string, string> = {};
  const islands = new Set<string>();
  let count = 0;
  return {
    language,
    lookup,
    store,
    messages,
    islands,
    register(name, islandMessages) {
      Object.assign(messages, islandMessages);
      islands.add(name);
      count += 1;
      return `island-${count}`;
    },
  };
}

export const IslandCollectorContext = createContext<IslandCollector | null>(null);

export function useIslandCollector(): IslandCollector {
  const collector = useContext(IslandCollectorContext);
  if (collector === null) throw new Error('Islands are rendered inside an IslandCollectorContext (see src/prerender/entry-server.tsx)');
  return collector;
}
