import { writeFileSync } from 'node:fs';
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
  await page.getByRole('checkbox').nth(1).check();
  await page.goto(`${site.url}/about`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of my ticks' }).click();
  const file = join(tmpdir(), `ticks-${Date.now()}.json`);
  await (await download).saveAs(file);
  await first.close();

  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto(`${site.url}/apps/minecraft`);
  await other.getByRole('checkbox').first().check();
  await other.goto(`${site.url}/about`);

  const wrong = join(tmpdir(), `wrong-${Date.now()}.json`);
  writeFileSync(wrong, '{"a": "holiday photo"}');
  await other.getByLabel('Load a copy').setInputFiles(wrong);
  await expect(other.getByText('That file is not a copy of ticks from this guide. Nothing was changed.')).toBeVisible();

  await other.getByLabel('Load a copy').setInputFiles(file);
  await expect(other.getByText('Added 1 tick.')).toBeVisible();
  await other.goto(`${site.url}/apps/tiktok`);
  await expect(other.getByRole('checkbox').nth(1)).toBeChecked();
  await other.goto(`${site.url}/apps/minecraft`);
  await expect(other.getByRole('checkbox').first()).toBeChecked();
  await second.close();
});
