// Every piece of UI text must come from the locale file. Rendered in the pseudo-locale, any text
// that is neither pseudo-localised nor content (which is translated separately) is hard-coded.
import { describe, expect, it } from 'vitest';
import areaIndex from 'virtual:content/area-index';
import guideIndex from 'virtual:content/guide-index';
import helpRoutes from 'virtual:content/help-routes';
import snapchat from 'virtual:content/guide/snapchat';
import staffordshire from 'virtual:content/area/staffordshire';
import { Layout } from '../../src/app/Layout';
import { formatDate } from '../../src/i18n/format';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../src/i18n/pseudo';
import { PSEUDO_LOCALE } from '../../src/i18n/setup';
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
import { renderWithApp } from './render';

function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

const content = strings([areaIndex, guideIndex, helpRoutes, snapchat, staffordshire, englandAndWales, firstHour, whichRoute, signs, sources]);
// Dates in content are shown formatted for the reader's language: they are data, not UI text.
const dates = [...content].filter((text) => /^\d{4}-\d{2}(-\d{2})?$/.test(text));
for (const date of dates) content.add(formatDate(date, PSEUDO_LOCALE));
const contentText = [...content].join('\n');

/** Text with no letters (numbers, punctuation, separators) needs no translation. */
const NO_LETTERS = /^[^\p{L}]*$/u;

function hardCodedText(container: HTMLElement): string[] {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    // A translated sentence split around a link has its opening mark in one part, its closing in another.
    if (text === '' || NO_LETTERS.test(text) || text.includes(PSEUDO_OPEN) || text.includes(PSEUDO_CLOSE)) continue;
    if (content.has(text) || contentText.includes(text)) continue;
    // Text inside a pseudo-localised sentence (e.g. a link's words) is part of that sentence.
    if (node.parentElement?.closest('p, li, h1, h2, h3')?.textContent?.includes(PSEUDO_OPEN) && contentText.includes(text)) continue;
    found.push(text);
  }
  return found;
}

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
