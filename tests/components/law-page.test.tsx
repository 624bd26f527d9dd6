import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import law from 'virtual:content/law';
import helpRoutes from 'virtual:content/help-routes';
import stripRoutes from 'virtual:content/help-strip';
import snapchat from 'virtual:content/guide/snapchat';
import homeBroadband from 'virtual:content/guide/home-broadband';
import { GuideLawNote } from '../../src/components/law/GuideLawNote';
import type { LawCoverage } from '../../src/content/schema/guide';
import { lawLinesFor, pickById } from '../../src/content/views';
import { formatDate } from '../../src/i18n/format';
import { LawPage } from '../../src/routes/law/LawPage';
import { hardCodedTextFinder } from './hard-coded-text';
import { renderWithApp } from './render';

const routes = pickById(helpRoutes, ['ceop', 'report-harmful-content']);
const lines = law.lines;

function renderPage(pseudo = false) {
  return renderWithApp(<LawPage content={law} routes={helpRoutes} />, { path: '/help/the-law', pseudo });
}

function renderNote(coverage: LawCoverage, note?: string) {
  return renderWithApp(<GuideLawNote name="Example" law={{ coverage, note }} lines={lawLinesFor(coverage, law)} routes={routes} />, { path: '/apps/example' });
}

describe('LawPage', () => {
  it('labels every announced item with how far it has got and its date, never as in force', () => {
    renderPage();
    const section = screen.getByRole('region', { name: 'Announced, but not in force' });
    const articles = within(section).getAllByRole('article');
    expect(articles).toHaveLength(law.announced.items.length);
    for (const item of law.announced.items) {
      const article = within(section).getByRole('article', { name: item.title });
      const time = article.querySelector('time');
      expect(time?.getAttribute('dateTime'), item.id).toBe(item.announced);
      expect(time?.textContent, item.id).toContain(formatDate(item.announced, 'en-GB'));
      expect(within(article).queryByText('In force'), item.id).toBeNull();
    }
  });

  it('shows the under-16 ban as announced, with its month', () => {
    renderPage();
    const article = screen.getByRole('article', { name: 'A ban on social media for under-16s' });
    expect(within(article).getByText('Announced, not in force')).toBeTruthy();
    expect(within(article).getByText('Announced: June 2026')).toBeTruthy();
  });

  it('shows the 2026 power as passed but not used, with its date', () => {
    renderPage();
    const article = screen.getByRole('article', { name: "A power to limit children's use of apps" });
    expect(within(article).getByText('Law passed, not yet used')).toBeTruthy();
    expect(within(article).getByText('Passed: 29 April 2026')).toBeTruthy();
  });

  it('dates the codes that are in force', () => {
    renderPage();
    expect(screen.getByText('Apps must follow it from 17 March 2025. Ofcom published it on 16 December 2024.')).toBeTruthy();
    expect(screen.getByText('Apps must follow it from 25 July 2025. Ofcom published it on 24 April 2025.')).toBeTruthy();
  });

  it('gives each of the NSPCC’s four demands a status and a source', () => {
    renderPage();
    const section = screen.getByRole('region', { name: "What became of the NSPCC's four demands from 2018" });
    for (const demand of law.demands.items) {
      const heading = within(section).getByRole('heading', { name: demand.asked });
      const item = heading.parentElement as HTMLElement;
      expect(within(item).getByText(/^(In force|Partly in force|Not in force)$/)).toBeTruthy();
      expect(within(item).getAllByText(/^Checked against/).length).toBeGreaterThan(0);
    }
  });

  it('says when a page was read as a copy on Ofcom’s own web server', () => {
    renderPage();
    expect(screen.getAllByText(/as a copy on Ofcom's own web server/).length).toBeGreaterThan(0);
  });

  it('lists the steps in order, starting with the app and naming the next services', () => {
    renderPage();
    const steps = within(screen.getByRole('region', { name: /what to do$/ })).getAllByRole('heading', { level: 3 });
    expect(steps.map((step) => step.textContent)).toEqual(law.steps.items.map((step) => step.title));
    expect(screen.getAllByText('Report Harmful Content').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('link', { name: 'Call 999' }).length).toBeGreaterThan(0);
  });

  it('shows only translated or content text', () => {
    const { container } = renderPage(true);
    expect(hardCodedText(container)).toEqual([]);
  });
});

describe('GuideLawNote', () => {
  it('shows the user-to-user line, with its sources, for an app where people share', () => {
    renderNote('user-to-user');
    expect(screen.getByText(lines['user-to-user'].text)).toBeTruthy();
    expect(screen.queryByText(lines.search.text)).toBeNull();
    const note = screen.getByRole('region', { name: 'The Online Safety Act and Example' });
    expect(within(note).getAllByText(/^Checked against/)).toHaveLength(lines['user-to-user'].sources.length);
  });

  it('shows the search line for a search engine', () => {
    renderNote('search');
    expect(screen.getByText(lines.search.text)).toBeTruthy();
    expect(screen.queryByText(lines['user-to-user'].text)).toBeNull();
  });

  it('shows both lines for a service that is both', () => {
    renderNote('user-to-user-and-search');
    expect(screen.getByText(lines['user-to-user'].text)).toBeTruthy();
    expect(screen.getByText(lines.search.text)).toBeTruthy();
  });

  it('says the duties fall on the apps used on a device, and still links to the page', () => {
    renderNote('not-covered');
    expect(screen.getByText(lines['not-covered'].text)).toBeTruthy();
    expect(screen.queryByText(lines['user-to-user'].text)).toBeNull();
    expect(screen.getByText(/^Report it first where it happened: in the app or game, or to Example\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: /What the law says apps must do/ }).getAttribute('href')).toBe('/help/the-law');
  });

  it('names the app’s next routes if it does not act, and links to the page', () => {
    renderNote('user-to-user', 'A line only this app needs.');
    const block = screen.getByRole('region', { name: 'If Example does not act' });
    expect(within(block).getByText(/^Report it in Example first/)).toBeTruthy();
    expect(within(block).getByRole('heading', { name: 'CEOP Safety Centre' })).toBeTruthy();
    expect(within(block).getByRole('heading', { name: 'Report Harmful Content' })).toBeTruthy();
    expect(within(block).getByRole('link', { name: /What the law says apps must do/ }).getAttribute('href')).toBe('/help/the-law');
    expect(screen.getByText('A line only this app needs.')).toBeTruthy();
  });

  it('gets the right lines from the guide data', () => {
    expect(snapchat.guide.law.coverage).toBe('user-to-user');
    expect(snapchat.law).toEqual([lines['user-to-user']]);
    expect(homeBroadband.guide.law.coverage).toBe('not-covered');
    expect(homeBroadband.law).toEqual([lines['not-covered']]);
  });
});

const hardCodedText = hardCodedTextFinder([law, helpRoutes, stripRoutes]);
