import type { RouteDef } from '../../routing/types';

export const homeRoute: RouteDef = {
  path: '/',
  load: async () => (await import('./HomePage')).loadHomePage(),
  modules: () => ['src/routes/home/HomePage.tsx'],
};
