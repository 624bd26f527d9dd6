import type { RouteDef } from '../../routing/types';

export const helpRoute: RouteDef = {
  path: '/help',
  load: async () => (await import('./HelpPage')).loadHelpPage(),
  modules: () => ['src/routes/help/HelpPage.tsx'],
};
