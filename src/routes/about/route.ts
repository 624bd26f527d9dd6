import type { RouteDef } from '../../routing/types';

export const aboutRoute: RouteDef = {
  path: '/about',
  load: async () => (await import('./AboutPage')).loadAboutPage(),
  modules: () => ['src/routes/about/AboutPage.tsx'],
};
