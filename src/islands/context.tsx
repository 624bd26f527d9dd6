// What every island can reach: its translate function and the page's language (the progress
// store has its own provider, src/features/progress/provider.tsx). The build provides it while prerendering; the browser provides it to each island root.
import { createContext, useContext, type ReactNode } from 'react';
import type { IslandT } from './messages';

export interface IslandEnv {
  t: IslandT;
  language: string;
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
