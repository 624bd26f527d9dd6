import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startSite, waitForOfflineReady } from './site';

test('a new version is offered, never forced, and a half-ticked checklist survives it', async ({ browser }) => {
  // A private copy of the site, so this test can "deploy" a new version of it.
  const site = await startSite({ copy: true });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/apps/whatsapp`);
  await waitForOfflineReady(page);
  await page.getByRole('button', { name: 'OK' }).click();
  const boxes = page.getByRole('checkbox');
  await boxes.nth(0).scrollIntoViewIfNeeded();
  await boxes.nth(0).check();
  await boxes.nth(1).scrollIntoViewIfNeeded();
  await boxes.nth(1).check();

  // Deploy: the service worker file changes, as it does with every new build.
  const swPath = join(site.dir, 'sw.js');
  appendFileSync(swPath, `\n// deployed ${Date.now()}\n`);
  expect(readFileSync(swPath, 'utf8')).toContain('deployed');

  // Mark this page so we can tell if it reloads by itself.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  await expect(page.getByText('An updated guide is available.')).toBeVisible();
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await boxes.nth(1).scrollIntoViewIfNeeded();
  await expect(boxes.nth(1)).toBeChecked();

  // The reader chooses to update: the page reloads under the new worker, ticks intact.
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload to update' }).click()]);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
  await boxes.nth(0).scrollIntoViewIfNeeded();
  await expect(boxes.nth(0)).toBeChecked();
  await boxes.nth(1).scrollIntoViewIfNeeded();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(page.getByText('An updated guide is available.')).toBeHidden();
  await context.close();
  await site.close();
});
