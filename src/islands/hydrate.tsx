// Hydrates each island on its own root, from its own module, with the props the page carries.
// An island that fails to load (the network went away, or an update removed an old chunk)
// leaves its static HTML as it is: the page stays readable.
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import type { DeviceStore } from '../features/progress/store';
import { IslandRoot } from './IslandRoot';
import type { Messages } from './messages';
import { islandLoaders, type IslandName } from './registry';

function isIslandName(name: string | undefined): name is IslandName {
  return name !== undefined && Object.hasOwn(islandLoaders, name);
}

export async function hydrateIslands(elements: readonly HTMLElement[], store: DeviceStore, page: { language: string; messages: Messages }): Promise<void> {
  await Promise.all(
    elements.map(async (element) => {
      const name = element.dataset.island;
      if (!isIslandName(name)) return;
      try {
        const module = await islandLoaders[name]();
        const Component = module.default as (props: object) => React.ReactNode;
        const props = JSON.parse(element.dataset.props ?? '{}') as object;
        hydrateRoot(
          element,
          <StrictMode>
            <IslandRoot id={element.dataset.islandId ?? name} language={page.language} messages={page.messages} store={store}>
              <Component {...props} />
            </IslandRoot>
          </StrictMode>,
          // A mismatch means the island rendered differently in the browser: say so (tests watch for it).
          { onRecoverableError: (error) => console.error(`The ${name} island did not hydrate cleanly`, error) },
        );
      } catch (error) {
        console.error(`The ${name} island did not start`, error);
      }
    }),
  );
}
