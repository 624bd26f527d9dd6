import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import guideIndex from 'virtual:content/guide-index';
import { AppsPage } from '../../src/routes/apps/AppsPage';
import { renderWithApp } from './render';

function search(value: string) {
  act(() => {
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find an app' }), { target: { value } });
  });
}

const linkNames = () => screen.queryAllByRole('link').map((link) => link.textContent);

describe('AppsPage', () => {
  it('lists every guide, grouped by type', () => {
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps' });
    expect(screen.getByText(`${guideIndex.length} guides`)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Social media' })).toBeTruthy();
    expect(linkNames()).toContain('Snapchat');
  });

  it.each([
    ['insta', 'Instagram'],
    ['fb', 'Facebook'],
    ['snap', 'Snapchat'],
    ['roblox', 'Roblox'],
  ])('finds "%s" -> %s first', (query, name) => {
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps' });
    search(query);
    expect(linkNames()[0]).toBe(name);
  });

  it('filters by type', () => {
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps' });
    act(() => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Type of app' }), { target: { value: 'gaming' } });
    });
    const gaming = guideIndex.filter((g) => g.category === 'gaming');
    expect(screen.getByText(`${gaming.length} guides`)).toBeTruthy();
    expect(linkNames()).not.toContain('Snapchat');
    expect(linkNames()).toContain('Roblox');
  });

  it('says so when nothing matches, and clears the search', () => {
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps' });
    search('zzzz');
    const status = screen.getByText(/No guide matches/);
    expect(status).toBeTruthy();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    });
    expect(screen.getByText(`${guideIndex.length} guides`)).toBeTruthy();
  });

  it('keeps the search in the address so it can be shared', () => {
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps?q=tik' });
    expect(linkNames()[0]).toBe('TikTok');
  });
});
