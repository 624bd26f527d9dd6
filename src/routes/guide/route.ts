import type { RouteDef } from '../../routing/types';

export const guideRoute: RouteDef = {
  path: '/apps/:id',
  load: async ({ id }) => (await import('./GuidePage')).loadGuidePage(id ?? ''),
  modules: ({ id }) => ['src/routes/guide/GuidePage.tsx', `virtual:content/guide/${id}`],
};
