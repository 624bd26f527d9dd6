import { resolve } from 'node:path';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { toSourcesPageData } from '../../src/content/views';
import { AboutPage } from '../../src/routes/about/AboutPage';
import { renderWithApp } from './render';

// The frozen fixture tree, so editorial changes to the live guides never break this test.
const { content } = loadContent(resolve('tests/fixtures/editorial'), { today: '2026-12-02' });
const data = toSourcesPageData(content.guides, content.datasets, content.helpRoutes);

describe('the sources page’s table of guides', () => {
  it('shows each guide’s steps, confirmed steps and oldest check, with a caption and headers', () => {
    renderWithApp(<AboutPage data={data} />, { path: '/about' });
    const table = screen.getByRole('table', { name: 'Steps confirmed on the official page, guide by guide' });
    const headers = within(table).getAllByRole('columnheader').map((th) => [th.textContent, th.getAttribute('scope')]);
    expect(headers).toEqual([
      ['Guide', 'col'],
      ['Steps', 'col'],
      ['Confirmed', 'col'],
      ['Oldest check', 'col'],
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Alpha Chat', '4', '3', '10 January 2026'],
      ['Beta Games', '4', '2', '15 September 2026'],
    ]);
    const rowHeader = within(rows[0]!).getByRole('rowheader');
    expect(rowHeader.getAttribute('scope')).toBe('row');
    expect(within(rowHeader).getByRole('link', { name: 'Alpha Chat' }).getAttribute('href')).toBe('/apps/alpha-chat');
  });
});
