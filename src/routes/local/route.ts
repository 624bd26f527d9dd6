import type { RouteDef } from '../../routing/types';

export const localIndexRoute: RouteDef = {
  path: '/local',
  load: async () => (await import('./LocalIndexPage')).loadLocalIndexPage(),
  modules: () => ['src/routes/local/LocalIndexPage.tsx'],
};

export const localRoute: RouteDef = {
  path: '/local/:id',
  load: async ({ id }) => (await import('./LocalPage')).loadLocalPage(id ?? ''),
  modules: ({ id }) => ['src/routes/local/LocalPage.tsx', `virtual:content/area/${id}`],
};
