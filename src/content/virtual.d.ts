// Types of the virtual modules the content plugin (./plugin.ts) serves.

declare module 'virtual:content/guide-index' {
  const index: import('./views').GuideSummary[];
  export default index;
}

declare module 'virtual:content/guides' {
  const loaders: Record<string, () => Promise<{ default: import('./views').GuidePageData }>>;
  export default loaders;
}

declare module 'virtual:content/areas' {
  const loaders: Record<string, () => Promise<{ default: import('./views').AreaPageData }>>;
  export default loaders;
}

declare module 'virtual:content/area-index' {
  const index: import('./views').AreaSummary[];
  export default index;
}

declare module 'virtual:content/help-strip' {
  const routes: import('./schema/help').HelpRoute[];
  export default routes;
}

declare module 'virtual:content/help-routes' {
  const routes: import('./schema/help').HelpRoute[];
  export default routes;
}

declare module 'virtual:content/guide/*' {
  const data: import('./views').GuidePageData;
  export default data;
}

declare module 'virtual:content/area/*' {
  const data: import('./views').AreaPageData;
  export default data;
}

declare module 'virtual:content/first-hour' {
  const data: import('./schema/help-pages').FirstHour;
  export default data;
}

declare module 'virtual:content/which-route' {
  const data: import('./schema/help-pages').WhichRoute;
  export default data;
}

declare module 'virtual:content/signs' {
  const data: import('./schema/help-pages').Signs;
  export default data;
}

declare module 'virtual:content/law' {
  const data: import('./schema/law').LawFile;
  export default data;
}

declare module 'virtual:content/sources' {
  const data: import('./views').SourcesPageData;
  export default data;
}

declare module 'virtual:content/known-ids' {
  /** Every guide's step ids, and every area id. */
  const data: { steps: Record<string, string[]>; areas: string[] };
  export default data;
}
