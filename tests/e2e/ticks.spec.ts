import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { startSite, waitForOfflineReady } from './site';

test('ticks survive a reload, going offline and a browser restart', async ({ browser }, testInfo) => {
  const site = await startSite();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/apps/snapchat`);
  await waitForOfflineReady(page);

  const boxes = page.getByRole('checkbox');
  const total = await boxes.count();
  await boxes.nth(0).scrollIntoViewIfNeeded();
  await boxes.nth(0).check();
  await boxes.nth(2).scrollIntoViewIfNeeded();
  await boxes.nth(2).check();
  await expect(page.getByText(`2 of ${total} done`)).toBeVisible();

  await page.reload();
  await boxes.nth(0).scrollIntoViewIfNeeded();
  await expect(boxes.nth(0)).toBeChecked();
  await boxes.nth(1).scrollIntoViewIfNeeded();
  await expect(boxes.nth(1)).not.toBeChecked();
  await boxes.nth(2).scrollIntoViewIfNeeded();
  await expect(boxes.nth(2)).toBeChecked();

  await context.setOffline(true);
  await page.reload();
  await boxes.nth(2).scrollIntoViewIfNeeded();
  await expect(boxes.nth(2)).toBeChecked();
  await boxes.nth(2).uncheck();
  await page.reload();
  await expect(page.getByText(`1 of ${total} done`)).toBeVisible();
  await context.close();

  // A browser restart: the same profile on disk, opened again.
  const profile = mkdtempSync(join(tmpdir(), 'guide-profile-'));
  const options = { executablePath: testInfo.project.use.launchOptions?.executablePath, args: testInfo.project.use.launchOptions?.args };
  let persistent = await chromium.launchPersistentContext(profile, options);
  let tab = await persistent.newPage();
  await tab.goto(`${site.url}/apps/instagram`);
  await tab.getByRole('checkbox').first().scrollIntoViewIfNeeded();
  await tab.getByRole('checkbox').first().check();
  await persistent.close();
  persistent = await chromium.launchPersistentContext(profile, options);
  tab = await persistent.newPage();
  await tab.goto(`${site.url}/apps/instagram`);
  await tab.getByRole('checkbox').first().scrollIntoViewIfNeeded();
  await expect(tab.getByRole('checkbox').first()).toBeChecked();
  await persistent.close();
  await site.close();
});
