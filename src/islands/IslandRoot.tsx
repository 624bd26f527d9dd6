import type { ReactNode } from 'react';
import { ProgressProvider } from '../features/progress/provider';
import type { DeviceStore } from '../features/progress/store';
import { IslandEnvProvider } from './context';
import { createIslandT, type Messages } from './messages';

/** Everything around an island's component, the same while prerendering and in the browser. */
export function IslandRoot({ id, language, messages, store, children }: { id: string; language: string; messages: Messages; store: DeviceStore; children: ReactNode }) {
  return (
    <IslandEnvProvider env={{ t: createIslandT(language, messages), language, id }}>
      <ProgressProvider store={store}>{children}</ProgressProvider>
    </IslandEnvProvider>
  );
}
