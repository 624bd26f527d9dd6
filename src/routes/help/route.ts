import type { RouteDef } from '../../routing/types';

export const helpRoute: RouteDef = {
  path: '/help',
  load: async () => (await import('./HelpPage')).loadHelpPage(),
  modules: () => ['src/routes/help/HelpPage.tsx'],
};

export const firstHourRoute: RouteDef = {
  path: '/help/something-happened',
  load: async () => (await import('./FirstHourPage')).loadFirstHourPage(),
  modules: () => ['src/routes/help/FirstHourPage.tsx'],
};

export const whichRouteRoute: RouteDef = {
  path: '/help/which-service',
  load: async () => (await import('./WhichServicePage')).loadWhichServicePage(),
  modules: () => ['src/routes/help/WhichServicePage.tsx'],
};

export const signsRoute: RouteDef = {
  path: '/help/signs',
  load: async () => (await import('./SignsPage')).loadSignsPage(),
  modules: () => ['src/routes/help/SignsPage.tsx'],
};
