// Renders a component the way the build does: with i18n, a router and the islands' collector, so
// pages and their islands render together. Islands use `store` (a fresh one over localStorage by
// default) and, in the test's DOM, are live at once, as after hydration.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { DeviceStore } from '../../src/features/progress/store';
import { createI18n } from '../../src/i18n/setup';
import { createIslandCollector, IslandCollectorContext, type IslandCollector } from '../../src/islands/collector';

export interface RenderOptions {
  path?: string;
  /** The sub-path the guide is served under, as the build's BASE_PATH sets it (e.g. "/safe-online"). */
  basename?: string;
  pseudo?: boolean;
  store?: DeviceStore;
}

export function renderWithApp(ui: ReactNode, options: RenderOptions = {}): RenderResult & { store: DeviceStore; collector: IslandCollector } {
  const i18n = createI18n({ pseudo: options.pseudo });
  const store = options.store ?? new DeviceStore(() => window.localStorage);
  store.open();
  const collector = createIslandCollector(i18n.language, (key) => {
    const value: unknown = i18n.getResource(i18n.language, 'translation', key);
    return typeof value === 'string' ? value : undefined;
  }, store);

  const result = render(
    <I18nextProvider i18n={i18n}>
      <IslandCollectorContext value={collector}>
        <MemoryRouter basename={options.basename} initialEntries={[`${options.basename ?? ''}${options.path ?? '/'}`]}>
          {ui}
        </MemoryRouter>
      </IslandCollectorContext>
    </I18nextProvider>,
  );
  return { ...result, store, collector };
}
