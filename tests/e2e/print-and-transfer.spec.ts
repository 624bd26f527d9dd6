import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startSite, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

test('a printed guide is a checklist: steps, paths and sources, without the site chrome', async ({ page }) => {
  await page.goto(`${site.url}/apps/youtube`);
  await expect(page.getByRole('button', { name: 'Print this guide as a checklist' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this guide as a checklist' })).toBeHidden();
  await expect(page.locator('.step').first()).toBeVisible();
  await expect(page.locator('.source-note').first()).toBeVisible();
  // Paper cannot be tapped, so the addresses of sources are printed after them.
  const after = await page.locator('.source-note a').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('ticks move to another browser with a saved copy, and a wrong file changes nothing', async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(`${site.url}/apps/tiktok`);
  await page.getByRole('checkbox').nth(1).scrollIntoViewIfNeeded();
  await page.getByRole('checkbox').nth(1).check();
  await page.goto(`${site.url}/about`);
  await page.locator('[data-island="ticks-transfer"]').scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of my ticks' }).click();
  const file = join(tmpdir(), `ticks-${Date.now()}.json`);
  await (await download).saveAs(file);
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto(`${site.url}/apps/minecraft`);
  await other.getByRole('checkbox').first().scrollIntoViewIfNeeded();
  await other.getByRole('checkbox').first().check();
  await other.goto(`${site.url}/about`);
  await other.locator('[data-island="ticks-transfer"]').scrollIntoViewIfNeeded();
  await expect(other.getByRole('button', { name: 'Save a copy of my ticks' })).toBeVisible();

  const wrong = join(tmpdir(), `wrong-${Date.now()}.json`);
  writeFileSync(wrong, '{"a": "holiday photo"}');
  await other.getByLabel('Load a copy').setInputFiles(wrong);
  await expect(other.getByText('That file is not a copy of ticks from this guide. Nothing was changed.')).toBeVisible();

  await other.getByLabel('Load a copy').setInputFiles(file);
  await expect(other.getByText('Added 1 tick.')).toBeVisible();
  await other.goto(`${site.url}/apps/tiktok`);
  await other.getByRole('checkbox').nth(1).scrollIntoViewIfNeeded();
  await expect(other.getByRole('checkbox').nth(1)).toBeChecked();
  await other.goto(`${site.url}/apps/minecraft`);
  await other.getByRole('checkbox').first().scrollIntoViewIfNeeded();
  await expect(other.getByRole('checkbox').first()).toBeChecked();
  await second.close();
});

test('loading a copy says exactly what it added and skipped, and why; unknown guides, steps and areas are refused', async ({ page }) => {
  await page.goto(`${site.url}/about`);
  // The loader is shown once it can work.
  await page.locator('[data-island="ticks-transfer"]').scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Save a copy of my ticks' })).toBeVisible();
  const file = join(tmpdir(), `tampered-${Date.now()}.json`);
  // Written as text: in an object literal, "__proto__" would set the prototype, not a key.
  const ticks = '{"snapchat":{"contact-friends-only":"2026-11-01","no-such-step":"2026-11-01"},"no-such-app":{"a":"2026-11-01","b":"2026-11-01"},"__proto__":{"x":"2026-11-01"}}';
  writeFileSync(file, `{"version":1,"profiles":[{"id":"default","name":"","ticks":${ticks}}],"activeProfile":"default","area":"atlantis"}`);
  await page.getByLabel('Load a copy').setInputFiles(file);
  await expect(page.getByText('Added 1 tick.')).toBeVisible();
  await expect(page.getByText('3 skipped: not a guide in this version.')).toBeVisible();
  await expect(page.getByText('1 skipped: not a step in this version of its guide.')).toBeVisible();
  await expect(page.getByText('The copy named an area this guide does not cover')).toBeVisible();
  // The "Your area" link still leads to the list of areas, never to a page that does not exist.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your area' })).toHaveAttribute('href', '/local');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('online-safety-guide') ?? '{}'));
  expect(saved.profiles[0].ticks).toEqual({ snapchat: { 'contact-friends-only': '2026-11-01' } });
  expect(saved.area).toBeNull();
});

test('with refused storage or a newer version on the device, saving and loading a copy never report a success that will not last', async ({ browser }) => {
  const newer = JSON.stringify({ version: 7, profiles: [{ id: 'x', ticks: { snapchat: { a: '2027-01-01' } } }] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript((value) => localStorage.setItem('online-safety-guide', value), newer);
  await page.goto(`${site.url}/about`);
  await page.locator('[data-island="ticks-transfer"]').scrollIntoViewIfNeeded();
  await expect(page.getByText('The ticks on this phone were saved by a newer version of the guide.')).toBeVisible();
  // The ticks are not being saved, and every page says so too.
  await expect(page.getByText('Your ticks were saved by a newer version of this guide.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of my ticks' }).click();
  expect(await readFile((await (await download).path())!, 'utf8')).toBe(newer);

  const file = join(tmpdir(), `copy-${Date.now()}.json`);
  writeFileSync(file, '{"version":1,"profiles":[{"id":"default","name":"","ticks":{"snapchat":{"contact-friends-only":"2026-11-01"}}}],"activeProfile":"default","area":null}');
  await page.getByLabel('Load a copy').setInputFiles(file);
  await expect(page.getByText('This browser is not saving ticks, so these will be gone when you close the page.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('online-safety-guide'))).toBe(newer);
  await context.close();
});
