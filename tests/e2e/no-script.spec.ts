import { expect, test } from '@playwright/test';
import { prerenderedPaths, startSite, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

test.use({ javaScriptEnabled: false });

test('every page is readable with script turned off, with a unique title, description and canonical link', async ({ page }) => {
  const titles = new Map<string, string>();
  for (const path of prerenderedPaths()) {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('h1'), path).toBeVisible();
    const main = (await page.locator('main').innerText()).trim();
    expect(main.length, path).toBeGreaterThan(100);
    const title = await page.title();
    expect(titles.get(title), `${path} repeats the title of ${titles.get(title)}`).toBeUndefined();
    titles.set(title, path);
    expect(await page.locator('meta[name="description"]').getAttribute('content'), path).toBeTruthy();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname, path).toBe(path);
  }
});

test('a guide shows its whole checklist, sources and help without script', async ({ page }) => {
  await page.goto(`${site.url}/apps/snapchat`);
  expect(await page.getByRole('checkbox').count()).toBeGreaterThanOrEqual(6);
  await expect(page.getByText('Checked against').first()).toBeVisible();
  // Playwright's text search skips <noscript>, so read the page text as a reader would see it.
  expect(await page.locator('main').innerText()).toContain('Ticks are saved only when JavaScript is turned on.');
  await expect(page.getByRole('link', { name: 'Call 999' })).toBeVisible();
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto(`${site.url}/apps/not-a-real-app`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'See all app guides' })).toBeVisible();
});
