// Every piece of UI text must come from the locale file. Rendered in the pseudo-locale, any text
// that is neither pseudo-localised nor content (which is translated separately) is hard-coded.
import { describe, expect, it } from 'vitest';
import areaIndex from 'virtual:content/area-index';
import guideIndex from 'virtual:content/guide-index';
import helpRoutes from 'virtual:content/help-routes';
import snapchat from 'virtual:content/guide/snapchat';
import staffordshire from 'virtual:content/area/staffordshire';
import { Layout } from '../../src/app/Layout';
import { loadAppsPage } from '../../src/routes/apps/AppsPage';
import { loadGuidePage } from '../../src/routes/guide/GuidePage';
import { loadHelpPage } from '../../src/routes/help/HelpPage';
import { loadHomePage } from '../../src/routes/home/HomePage';
import { loadLocalIndexPage } from '../../src/routes/local/LocalIndexPage';
import { loadLocalPage } from '../../src/routes/local/LocalPage';
import { loadNotFoundPage } from '../../src/routes/not-found/NotFoundPage';
import { loadAboutPage } from '../../src/routes/about/AboutPage';
import { loadFirstHourPage } from '../../src/routes/help/FirstHourPage';
import { loadSignsPage } from '../../src/routes/help/SignsPage';
import { loadWhichServicePage } from '../../src/routes/help/WhichServicePage';
import firstHour from 'virtual:content/first-hour';
import whichRoute from 'virtual:content/which-route';
import signs from 'virtual:content/signs';
import sources from 'virtual:content/sources';
import englandAndWales from 'virtual:content/area/england-and-wales';
import type { LoadedPage } from '../../src/routing/types';
import { hardCodedTextFinder } from './hard-coded-text';
import { renderWithApp } from './render';

const hardCodedText = hardCodedTextFinder([areaIndex, guideIndex, helpRoutes, snapchat, staffordshire, englandAndWales, firstHour, whichRoute, signs, sources]);

const pages: [string, () => Promise<LoadedPage | null> | LoadedPage][] = [
  ['/', loadHomePage],
  ['/apps', loadAppsPage],
  ['/apps/snapchat', () => loadGuidePage('snapchat')],
  ['/local', loadLocalIndexPage],
  ['/local/staffordshire', () => loadLocalPage('staffordshire')],
  ['/help', loadHelpPage],
  ['/local/england-and-wales', () => loadLocalPage('england-and-wales')],
  ['/help/something-happened', loadFirstHourPage],
  ['/help/which-service', loadWhichServicePage],
  ['/help/signs', loadSignsPage],
  ['/about', loadAboutPage],
  ['/missing', loadNotFoundPage],
];

describe('no hard-coded UI text', () => {
  it.each(pages)('%s shows only translated or content text', async (path, load) => {
    const page = await load();
    if (!page) throw new Error(`no page for ${path}`);
    const { container } = renderWithApp(<Layout>{page.render()}</Layout>, { path, pseudo: true });
    expect(hardCodedText(container)).toEqual([]);
  });
});
