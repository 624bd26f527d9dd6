// Breaking things on purpose: storage that is corrupt, from a newer version, or refused outright
// must never break a page or lose data.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { startSite, type Site } from './site';

const KEY = 'online-safety-guide';
let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

async function tickFirstStep(page: Page) {
  const first = page.getByRole('checkbox').first();
  await first.scrollIntoViewIfNeeded();
  await first.check();
  await first.scrollIntoViewIfNeeded();
  await expect(first).toBeChecked();
  await expect(page.getByText(/\b1 of \d+ done/)).toBeVisible();
}

test('corrupt storage is set aside, the page works, and nothing is lost', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version": 1, "profiles": [oops');
      sessionStorage.setItem('seeded', 'yes');
    }
  }, KEY);
  await page.goto(`${site.url}/apps/instagram`);
  const notice = page.getByText('We could not read the ticks saved on this device, so we kept a copy');
  await expect(notice).toBeVisible();
  await tickFirstStep(page);

  const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}.unreadable.`)).map((k) => localStorage.getItem(k)), KEY);
  expect(aside).toEqual(['{"version": 1, "profiles": [oops']);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of the unreadable data' }).click();
  expect((await download).suggestedFilename()).toBe('safe-online-unreadable-ticks.txt');

  // The notice stays on every page until the reader says they have seen it.
  await page.reload();
  await page.getByRole('checkbox').first().scrollIntoViewIfNeeded();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'OK, I understand' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await page.getByRole('checkbox').first().scrollIntoViewIfNeeded();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  await page.waitForTimeout(500);
  await expect(notice).toBeHidden();
});

test('a reset is announced on whichever page reads the store first, and on the next page too, with a download', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"version":1,"profiles":[oops');
      sessionStorage.setItem('seeded', 'yes');
    }
  }, KEY);
  const notice = page.getByText('We could not read the ticks saved on this device, so we kept a copy');
  for (const path of ['/', '/apps/snapchat', '/help']) {
    await page.goto(`${site.url}${path}`);
    await expect(notice, path).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy of the unreadable data' }).click();
    const file = await download;
    expect(await readFile((await file.path())!, 'utf8'), path).toBe('{"version":1,"profiles":[oops');
  }
});

test('unreadable data too big to copy aside is left untouched, announced, and can still be saved as a file', async ({ page }) => {
  // About 3 MB: with the original in place, a second copy does not fit in localStorage.
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, `{"version":1,"profiles":[${'x'.repeat(3_000_000)}`);
      sessionStorage.setItem('seeded', 'yes');
    }
  }, KEY);
  await page.goto(`${site.url}/apps/snapchat`);
  await expect(page.getByText('We have left them untouched')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of the unreadable data' }).click();
  const file = await download;
  expect((await readFile((await file.path())!, 'utf8')).length).toBe(3_000_000 + '{"version":1,"profiles":['.length);
  const stored = await page.evaluate((key) => localStorage.getItem(key)?.length, KEY);
  expect(stored).toBe(3_000_000 + '{"version":1,"profiles":['.length);
});

test('storage written by a newer version is left alone', async ({ page }) => {
  const newer = JSON.stringify({ version: 7, somethingNew: true });
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
  await page.goto(`${site.url}/apps/tiktok`);
  await expect(page.getByText('Your ticks were saved by a newer version of this guide.')).toBeVisible();
  await tickFirstStep(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test('a browser that refuses every storage call (private modes) still reads and ticks', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
  });
  for (const path of ['/', '/apps', '/local/derbyshire', '/help']) {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('h1')).toBeVisible();
  }
  await page.goto(`${site.url}/apps/whatsapp`);
  await expect(page.getByText('This browser is not letting the guide save anything')).toBeVisible();
  await tickFirstStep(page);
  expect(errors).toEqual([]);
});

test('storage that fills up mid-visit keeps the tick on screen and says so', async ({ page }) => {
  await page.goto(`${site.url}/apps/roblox`);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await tickFirstStep(page);
  await expect(page.getByText('Your last tick could not be saved on this device')).toBeVisible();
});

test('links to other sites open in a new tab without access to this page', async ({ page }) => {
  await page.goto(`${site.url}/apps/snapchat`);
  const external = page.locator('a[target="_blank"]');
  expect(await external.count()).toBeGreaterThan(5);
  for (const rel of await external.evaluateAll((links) => links.map((a) => a.getAttribute('rel')))) expect(rel).toBe('noopener noreferrer');
});
