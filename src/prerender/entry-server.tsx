// The server side of the guide, used at build time (and by the dev server) to render any path to
// HTML. It loads the page first, exactly as the browser does before hydrating.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { matchPath } from 'react-router';
import guideIndex from 'virtual:content/guide-index';
import areaIndex from 'virtual:content/area-index';
import { App } from '../app/App';
import { documentTitle } from '../app/head';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { createI18n } from '../i18n/setup';
import { notFoundRoute, routes } from '../routes';
import { normalise, preloadPage } from '../app/page-cache';

export interface RenderedPage {
  html: string;
  title: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  status: 200 | 404;
  /** Modules the page loads (project paths or virtual ids), to preload. */
  modules: string[];
  siteName: string;
}

const i18n = createI18n({ pseudo: import.meta.env.VITE_PSEUDO_LOCALE === '1' });
/** The site's base path without its trailing slash ("" at the root), as the browser router uses it. */
const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

function modulesFor(pathname: string, notFound: boolean): string[] {
  if (!notFound) {
    for (const route of routes) {
      const match = matchPath({ path: route.path, end: true }, pathname);
      if (match) return route.modules(match.params);
    }
  }
  return notFoundRoute.modules({});
}

/** Renders a path inside the site (without the base path), e.g. /apps/snapchat. */
export async function renderPath(url: string): Promise<RenderedPage> {
  const pathname = normalise(new URL(url, 'http://localhost').pathname);
  const page = await preloadPage(pathname);
  const html = renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StaticRouter basename={basename} location={`${basename}${url}`}>
          <App />
        </StaticRouter>
      </I18nextProvider>
    </StrictMode>,
  );
  const head = page.head(i18n.t);
  return {
    html,
    title: documentTitle(head, pathname, i18n.t),
    description: head.description,
    lang: SOURCE_LANGUAGE.code,
    dir: SOURCE_LANGUAGE.dir,
    status: page.notFound ? 404 : 200,
    modules: modulesFor(pathname, page.notFound === true),
    siteName: i18n.t('site.fullName'),
  };
}

/** Every path to prerender, and the file each is written to. */
export function prerenderTargets(): { path: string; file: string }[] {
  const paths = ['/', '/apps', '/local', '/help', '/help/something-happened', '/help/which-service', '/help/signs', '/about', ...guideIndex.map((g) => `/apps/${g.id}`), ...areaIndex.map((a) => `/local/${a.id}`)];
  return [
    ...paths.map((path) => ({ path, file: path === '/' ? 'index.html' : `${path.slice(1)}.html` })),
    // Served by static hosts (and the service worker) for any unknown path.
    { path: '/404', file: '404.html' },
  ];
}
