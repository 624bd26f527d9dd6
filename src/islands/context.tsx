// What every island can reach: its translate function and the page's language (the progress
// store has its own provider, src/features/progress/provider.tsx). The build provides it while prerendering; the browser provides it to each island root.
import { createContext, useContext, type ReactNode } from 'react';
import type { IslandT } from './messages';

export interface IslandEnv {
  t: IslandT;
  language: string;
  /** Unique on the page, e.g. "island-2": the base of the island's element ids (see useIslandId). */
  id: string;
}

const IslandContext = createContext<IslandEnv | null>(null);

export function IslandEnvProvider({ env, children }: { env: IslandEnv; children: ReactNode }) {
  return <IslandContext value={env}>{children}</IslandContext>;
}

export function useIsland(): IslandEnv {
  const env = useContext(IslandContext);
  if (env === null) throw new Error('An island rendered outside <Island>');
  return env;
}

/**
 * An element id that is the same in the prerendered page and after hydration. (React's useId
 * depends on where a component sits in its tree, and an island is a whole tree in the browser but
 * a branch of the page at build time, so its ids would differ.)
 */
export function useIslandId(name: string): string {
  return `${useIsland().id}-${name}`;
}
