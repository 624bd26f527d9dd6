import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
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
  // The guide finder reads and writes the query string of the real address.
  beforeEach(() => window.history.replaceState(null, '', '/apps'));

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
    window.history.replaceState(null, '', '/apps?q=tik');
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps' });
    expect(linkNames()[0]).toBe('TikTok');
    search('snap');
    expect(window.location.search).toBe('?q=snap');
  });

  it('filters by the child’s age and lists apps whose terms say they are too young', () => {
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps' });
    act(() => {
      fireEvent.change(screen.getByRole('combobox', { name: "Your child's age" }), { target: { value: '10' } });
    });
    const allowed = guideIndex.filter((g) => g.minimumAge === null || g.minimumAge <= 10);
    expect(screen.getByText(`${allowed.length} guides`)).toBeTruthy();
    const tooYoung = guideIndex.length - allowed.length;
    expect(screen.getByRole('heading', { name: `${tooYoung} apps say a 10-year-old is too young` })).toBeTruthy();
  });

  it('filters by risk feature', () => {
    renderWithApp(<AppsPage guides={guideIndex} />, { path: '/apps' });
    act(() => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Has this risk' }), { target: { value: 'liveStreaming' } });
    });
    const live = guideIndex.filter((g) => g.risks.some((r) => r.feature === 'liveStreaming'));
    expect(live.length).toBeGreaterThan(0);
    expect(screen.getByText(`${live.length} guides`)).toBeTruthy();
    for (const guide of live) expect(linkNames()).toContain(guide.name);
  });
});
