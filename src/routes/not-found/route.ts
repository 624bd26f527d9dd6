import type { RouteDef } from '../../routing/types';

export const notFoundRoute: RouteDef = {
  path: '*',
  load: async () => (await import('./NotFoundPage')).loadNotFoundPage(),
  modules: () => ['src/routes/not-found/NotFoundPage.tsx'],
};
