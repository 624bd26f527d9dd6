// Renders a component the way the app does: with i18n and a router.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { createI18n } from '../../src/i18n/setup';

export function renderWithApp(ui: ReactNode, options: { path?: string; pseudo?: boolean } = {}): RenderResult {
  const i18n = createI18n({ pseudo: options.pseudo });
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
    </I18nextProvider>,
  );
}
