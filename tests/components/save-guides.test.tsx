// "Save every guide for offline" without React: the section is prerendered hidden and the site
// script (src/site/save-guides.ts) shows it, counts what the guide cache holds and saves the rest.
// The Cache API is replaced by a small fake whose saves the test finishes or fails one by one.
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveGuides } from '../../src/features/offline/SaveGuides';
import { PSEUDO_OPEN } from '../../src/i18n/pseudo';
import { startSaveGuides } from '../../src/site/save-guides';
import { renderWithApp } from './render';

const PATHS = ['/apps/a', '/apps/b', '/apps/c'];

interface Pending {
  path: string;
  finish: () => void;
  fail: () => void;
}

/** A guide cache holding `held`; each add() waits in `pending` until the test settles it. */
function fakeCaches(held: string[]) {
  const stored = new Set(held);
  const pending: Pending[] = [];
  const cache = {
    keys: () => Promise.resolve([...stored].map((path) => ({ url: `http://localhost${path}` }))),
    add: (path: string) =>
      new Promise<void>((resolve, reject) => {
        pending.push({
          path,
          finish: () => {
            stored.add(path);
            resolve();
          },
          fail: () => reject(new TypeError('Failed to fetch')),
        });
      }),
  };
  return { pending, stored, caches: { open: () => Promise.resolve(cache) } };
}

/** Gives the browser what saving needs: a Cache API and service workers. */
function offerStorage(fake: { caches: unknown }) {
  Object.defineProperty(globalThis, 'caches', { value: fake.caches, configurable: true });
  Object.defineProperty(window.navigator, 'serviceWorker', { value: {}, configurable: true });
}

beforeEach(() => {
  // The prerendered page names its language; the script's plural rules follow it.
  document.documentElement.lang = 'en-GB';
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'caches');
  Reflect.deleteProperty(window.navigator, 'serviceWorker');
});

function render(options: { pseudo?: boolean } = {}) {
  const { container } = renderWithApp(<SaveGuides guidePaths={PATHS} />, options);
  const section = container.querySelector<HTMLElement>('section.save-guides');
  if (!section) throw new Error('no section');
  return section;
}

/** Lets the fake's promises and the script's awaits run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

const button = () => screen.getByRole('button', { name: 'Save every guide' });
/** The failure notice, when it is shown (queryByText alone would find it hidden too). */
const failure = () => {
  const notice = screen.getByText('Some guides could not be saved. You may be offline. Try again when you have signal.');
  return notice.hidden ? null : notice;
};

describe('Save every guide for offline', () => {
  it('is prerendered hidden, and stays hidden where guides cannot be saved', async () => {
    const section = render();
    expect(section.hidden).toBe(true);
    await startSaveGuides(section);
    expect(section.hidden).toBe(true);
    // A Cache API without service workers cannot serve what it saves either.
    Object.defineProperty(globalThis, 'caches', { value: fakeCaches([]).caches, configurable: true });
    await startSaveGuides(section);
    expect(section.hidden).toBe(true);
  });

  it('stays hidden when storage is refused', async () => {
    offerStorage({ caches: { open: () => Promise.reject(new DOMException('refused', 'SecurityError')) } });
    const section = render();
    await startSaveGuides(section);
    expect(section.hidden).toBe(true);
  });

  it('says how many are saved, saves the rest with the button disabled, then says all are saved', async () => {
    const fake = fakeCaches(['/apps/b']);
    offerStorage(fake);
    const section = render();
    await act(() => startSaveGuides(section));
    expect(section.hidden).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('1 of 3 guides are saved on this phone.');
    expect(button()).toHaveProperty('disabled', false);

    fireEvent.click(button());
    expect(button()).toHaveProperty('disabled', true);
    await settle();
    expect(screen.getByRole('status').textContent).toBe('Saving: 1 of 3 guides so far.');
    fireEvent.click(button());
    expect(fake.pending.map((save) => save.path)).toEqual(['/apps/a']);
    fake.pending[0]?.finish();
    await settle();
    expect(screen.getByRole('status').textContent).toBe('Saving: 2 of 3 guides so far.');
    expect(button()).toHaveProperty('disabled', true);
    fake.pending[1]?.finish();
    await settle();
    // The one saved before is not fetched again.
    expect(fake.pending.map((save) => save.path)).toEqual(['/apps/a', '/apps/c']);
    expect(screen.getByRole('status').textContent).toBe('All 3 guides are saved on this phone.');
    expect(screen.queryByRole('button', { name: 'Save every guide' })).toBeNull();
    expect(failure()).toBeNull();
  });

  it('says so when a save fails, and tries again from where it stopped', async () => {
    const fake = fakeCaches([]);
    offerStorage(fake);
    const section = render();
    await act(() => startSaveGuides(section));
    expect(failure()).toBeNull();
    fireEvent.click(button());
    await settle();
    fake.pending[0]?.finish();
    await settle();
    fake.pending[1]?.fail();
    await settle();
    expect(failure()).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('1 of 3 guides are saved on this phone.');
    expect(button()).toHaveProperty('disabled', false);

    fireEvent.click(button());
    await settle();
    expect(failure()).toBeNull();
    expect(fake.pending.slice(2).map((save) => save.path)).toEqual(['/apps/b']);
  });

  it('takes its words from the locale file, in the page’s language', async () => {
    offerStorage(fakeCaches([]));
    const section = render({ pseudo: true });
    await act(() => startSaveGuides(section));
    const status = section.querySelector('[role="status"]')?.textContent ?? '';
    expect(status.startsWith(PSEUDO_OPEN)).toBe(true);
    expect(status).toContain('0');
    expect(status).toContain('3');
  });
});
