// The route table: every page of the guide, once. The prerender list, the link helper (href), the
// offline tiers and the service worker's precache all derive from it, so adding a page is one
// entry here. Order matters only where patterns overlap: the first match wins.
import areaIndex from 'virtual:content/area-index';
import guideIndex from 'virtual:content/guide-index';
import type { RouteDef } from '../routing/types';

const guideIds = () => Promise.resolve(guideIndex.map((guide) => ({ id: guide.id })));
const areaIds = () => Promise.resolve(areaIndex.map((area) => ({ id: area.id })));

export const routeTable = {
  home: { path: '/', section: 'guides', offline: 'first', load: async () => (await import('./home/HomePage')).loadHomePage() },
  apps: { path: '/apps', section: 'guides', offline: 'first', load: async () => (await import('./apps/AppsPage')).loadAppsPage() },
  guide: { path: '/apps/:id', section: 'guides', offline: 'on-demand', each: guideIds, load: async ({ id }) => (await import('./guide/GuidePage')).loadGuidePage(id ?? '') },
  localIndex: { path: '/local', section: 'local', offline: 'first', load: async () => (await import('./local/LocalIndexPage')).loadLocalIndexPage() },
  local: { path: '/local/:id', section: 'local', offline: 'first', each: areaIds, load: async ({ id }) => (await import('./local/LocalPage')).loadLocalPage(id ?? '') },
  help: { path: '/help', section: 'help', offline: 'first', load: async () => (await import('./help/HelpPage')).loadHelpPage() },
  firstHour: { path: '/help/something-happened', section: 'help', offline: 'first', load: async () => (await import('./help/FirstHourPage')).loadFirstHourPage() },
  whichService: { path: '/help/which-service', section: 'help', offline: 'first', load: async () => (await import('./help/WhichServicePage')).loadWhichServicePage() },
  signs: { path: '/help/signs', section: 'help', offline: 'first', load: async () => (await import('./help/SignsPage')).loadSignsPage() },
  law: { path: '/help/the-law', section: 'help', offline: 'first', load: async () => (await import('./law/LawPage')).loadLawPage() },
  schools: { path: '/schools', section: 'guides', offline: 'first', load: async () => (await import('./schools/SchoolsPage')).loadSchoolsPage() },
  schoolPack: { path: '/schools/pack', section: 'guides', offline: 'first', load: async () => (await import('./schools/PackPage')).loadPackPage() },
  family: { path: '/family', section: 'guides', offline: 'first', load: async () => (await import('./family/FamilyPage')).loadFamilyPage() },
  familyPlan: { path: '/family/plan', section: 'guides', offline: 'first', load: async () => (await import('./family/PlanPage')).loadPlanPage() },
  about: { path: '/about', section: 'guides', offline: 'first', load: async () => (await import('./about/AboutPage')).loadAboutPage() },
  notFound: { path: '/404', section: 'guides', offline: 'first', status: 404, indexed: false, load: async () => (await import('./not-found/NotFoundPage')).loadNotFoundPage() },
  offline: { path: '/offline', section: 'guides', offline: 'first', indexed: false, load: async () => (await import('./offline/OfflinePage')).loadOfflinePage() },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof routeTable;
