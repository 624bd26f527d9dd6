import { expect, test } from '@playwright/test';
import { prerenderedPaths, startSite, waitForOfflineReady } from './site';

test('after one visit, every page opens with no network', async ({ browser }) => {
  const site = await startSite();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await waitForOfflineReady(page);

  // Take the network away completely: the server is gone and the browser is offline.
  await site.close();
  await context.setOffline(true);

  const paths = prerenderedPaths();
  expect(paths.length).toBeGreaterThan(50);
  for (const path of paths) {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.ok(), path).toBe(true);
    await expect(page.locator('h1'), path).toBeVisible();
    await expect(page.locator('h1'), path).not.toHaveText('This page did not load');
  }

  // A page that does not exist gets the helpful 404 page, offline too.
  await page.goto(`${site.url}/apps/no-such-app`);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await context.close();
});

test('"Ready to read offline" is shown once, not on later visits', async ({ browser }) => {
  const site = await startSite();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/help`);
  await waitForOfflineReady(page);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.getByText('Ready to read offline')).toHaveCount(0);
  await context.close();
  await site.close();
});

test('navigating between pages keeps working when the network drops mid-visit', async ({ browser }) => {
  const site = await startSite();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  await waitForOfflineReady(page);
  await page.getByRole('link', { name: 'App guides' }).first().click();
  await expect(page.locator('h1')).toHaveText('App guides');
  await context.setOffline(true);
  await page.getByRole('link', { name: 'WhatsApp' }).click();
  await expect(page.locator('h1')).toHaveText('WhatsApp');
  await page.getByRole('link', { name: 'Get help now' }).click();
  await expect(page.locator('h1')).toHaveText('Get help now');
  await context.close();
  await site.close();
});
