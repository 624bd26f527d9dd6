import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import helpRoutes from 'virtual:content/help-routes';
import { HelpRouteCard } from '../../src/components/HelpRouteCard';
import { HelpStrip } from '../../src/components/HelpStrip';
import { renderWithApp } from './render';

const route = (id: string) => {
  const found = helpRoutes.find((r) => r.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('HelpRouteCard', () => {
  it('makes the number a tel: link without spaces', () => {
    renderWithApp(<HelpRouteCard route={route('nspcc-helpline')} />);
    expect(screen.getByRole('link', { name: 'Call 0808 800 5000' }).getAttribute('href')).toBe('tel:08088005000');
    expect(screen.getByRole('link', { name: 'Email help@nspcc.org.uk' }).getAttribute('href')).toBe('mailto:help@nspcc.org.uk');
  });

  it('says what a route does not handle', () => {
    renderWithApp(<HelpRouteCard route={route('ceop')} />);
    expect(screen.getByRole('heading', { name: 'It does not handle' })).toBeTruthy();
    expect(screen.getByText('Bullying')).toBeTruthy();
  });

  it('shows a number’s open hours and when it was checked', () => {
    renderWithApp(<HelpRouteCard route={route('childline')} />);
    expect(screen.getByText(/^Open: /)).toBeTruthy();
    expect(screen.getByText(/on 28 November 2026\./)).toBeTruthy();
  });
});

describe('HelpStrip', () => {
  it('offers 999, CEOP, the NSPCC Helpline and Childline in that order', () => {
    renderWithApp(<HelpStrip />);
    const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(items[0]).toMatch(/999/);
    expect(items[1]).toMatch(/CEOP/);
    expect(items[2]).toMatch(/NSPCC/);
    expect(items[3]).toMatch(/Childline/);
    expect(screen.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
  });
});
