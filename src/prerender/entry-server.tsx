// The server side of the guide, used at build time (and by the dev server) to render any page to
// HTML. Pages come from the route table; islands record their UI strings as they render, and the
// document carries them for the browser (src/islands).
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { App } from '../app/App';
import { documentTitle } from '../app/head';
import { DeviceStore } from '../features/progress/store';
import { pseudoMode } from '../i18n/languages';
import { createI18n, languageFor } from '../i18n/setup';
import { createIslandCollector, IslandCollectorContext } from '../islands/collector';
import { routeTable, type RouteName } from '../routes/table';
import { fillPath } from '../routing/href';
import { matchRoute } from '../routing/match';
import type { OfflineTier, Params, Section } from '../routing/types';

export interface RenderedPage {
  html: string;
  title: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  status: 200 | 404;
  siteName: string;
  /** UI strings the page's islands use, by key. */
  islandMessages: Record<string, string>;
  /** The islands on the page, by name. */
  islands: string[];
  /** What each section's link-preview image shows, in the page's language. */
  imageAlt: Record<Section, string>;
}

export interface PrerenderTarget {
  name: RouteName;
  params: Params;
  /** The path inside the site, e.g. /apps/snapchat. */
  path: string;
  /** The file it is written to, e.g. apps/snapchat.html. */
  file: string;
  offline: OfflineTier;
  /** False for the 404 and offline pages: no canonical URL, noindex, not in the sitemap. */
  indexed: boolean;
  /** Which link-preview image the page carries. */
  section: Section;
}

const pseudo = pseudoMode(import.meta.env.VITE_PSEUDO_LOCALE);
const i18n = createI18n({ pseudo });
/** The language pages are rendered in: its code and writing direction go on <html>. */
const language = languageFor(pseudo);
/** The site's base path without its trailing slash ("" at the root), as the router uses it. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');
/** Islands render with an empty store while prerendering, exactly as they hydrate. */
const emptyStore = new DeviceStore(() => {
  throw new Error('No storage while prerendering');
});

/** Renders one page of the route table. */
export async function renderRoute(name: RouteName, params: Params): Promise<RenderedPage | null> {
  const route = routeTable[name];
  const page = await route.load(params);
  if (!page) return null;
  const path = fillPath(route.path, params);
  const collector = createIslandCollector(i18n.language, (key) => {
    const value: unknown = i18n.getResource(i18n.language, 'translation', key);
    return typeof value === 'string' ? value : undefined;
  }, emptyStore);

  const html = renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <IslandCollectorContext value={collector}>
          <StaticRouter basename={basename} location={`${basename}${path}`}>
            <App>{page.render()}</App>
          </StaticRouter>
        </IslandCollectorContext>
      </I18nextProvider>
    </StrictMode>,
  );
  const head = page.head(i18n.t);
  const status = 'status' in route ? route.status : 200;
  return {
    html,
    title: documentTitle(head, name === 'home', i18n.t),
    description: head.description,
    lang: language.code,
    dir: language.dir,
    status,
    siteName: i18n.t('site.fullName'),
    islandMessages: collector.messages,
    islands: [...collector.islands],
    imageAlt: { guides: i18n.t('preview.guides'), local: i18n.t('preview.local'), help: i18n.t('preview.help') },
  };
}

/** Renders whatever page a URL path names (the dev server), or the not-found page. */
export async function renderPath(url: string): Promise<RenderedPage> {
  const match = matchRoute(new URL(url, 'http://localhost').pathname);
  const page = match && match.name !== 'notFound' ? await renderRoute(match.name, match.params) : null;
  const rendered = page ?? (await renderRoute('notFound', {}));
  if (!rendered) throw new Error('The not-found page did not render');
  return rendered;
}

/**
 * Every page to prerender, from the route table, and the file each is written to. Only en-GB is
 * offered yet (at "/"); a second language adds a loop here over LANGUAGES, under its prefix.
 */
export async function prerenderTargets(): Promise<PrerenderTarget[]> {
  const targets: PrerenderTarget[] = [];
  for (const [name, route] of Object.entries(routeTable) as [RouteName, (typeof routeTable)[RouteName]][]) {
    const all = 'each' in route ? await route.each() : [{}];
    for (const params of all) {
      const path = fillPath(route.path, params);
      targets.push({ name, params, path, file: path === '/' ? 'index.html' : `${path.slice(1)}.html`, offline: route.offline, indexed: !('indexed' in route), section: route.section });
    }
  }
  return targets;
}
