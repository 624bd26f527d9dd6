import type { RouteDef } from '../../routing/types';

export const appsRoute: RouteDef = {
  path: '/apps',
  load: async () => (await import('./AppsPage')).loadAppsPage(),
  modules: () => ['src/routes/apps/AppsPage.tsx'],
};
