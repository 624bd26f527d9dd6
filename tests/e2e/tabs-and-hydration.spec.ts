// Ticks are never lost without a word: not to a second tab, not to a tap before the page can
// save, not to an update another tab asked for.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startSite, waitForOfflineReady, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

/** Islands come alive as they near the screen: scroll to the checklist, then wait for it. */
async function live(page: Page) {
  await page.locator('input.step__tick').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('input.step__tick:not(:disabled)').length > 0);
}

test('two tabs ticking at the same moment keep both ticks, 20 rounds out of 20', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(`${site.url}/apps/snapchat`);
  await b.goto(`${site.url}/apps/snapchat`);
  await Promise.all([live(a), live(b)]);
  const steps = await a.locator('input.step__tick').count();
  for (let round = 0; round < 20; round += 1) {
    const [i, j] = [round % steps, (round + 1) % steps];
    const tick = async (page: Page, n: number, on: boolean) => {
      const box = page.locator('input.step__tick').nth(n);
      await box.scrollIntoViewIfNeeded();
      await box.setChecked(on);
    };
    // Both tabs change a different step at once; then both are undone, also at once.
    await Promise.all([tick(a, i, true), tick(b, j, true)]);
    await a.waitForTimeout(50);
    const saved = await a.evaluate(() => JSON.parse(localStorage.getItem('online-safety-guide') ?? '{}').profiles[0].ticks.snapchat ?? {});
    expect(Object.keys(saved).length, `round ${round}`).toBe(2);
    await a.locator('input.step__tick').nth(j).scrollIntoViewIfNeeded();
    await expect(a.locator('input.step__tick').nth(j)).toBeChecked();
    await b.locator('input.step__tick').nth(i).scrollIntoViewIfNeeded();
    await expect(b.locator('input.step__tick').nth(i)).toBeChecked();
    await Promise.all([tick(a, i, false), tick(b, j, false)]);
    await a.waitForTimeout(50);
  }
  await context.close();
});

test('a tick box is visibly not ready until the page can save it, so a tap is never shown and then undone', async ({ page }) => {
  // Hold the page's scripts back, as a slow phone would.
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/assets/runtime-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${site.url}/apps/snapchat`);
  const box = page.locator('input.step__tick').first();
  await box.scrollIntoViewIfNeeded();
  await expect(box).toBeDisabled();
  await box.click({ force: true });
  await expect(box).not.toBeChecked();
  release();
  await expect(box).toBeEnabled();
  await box.scrollIntoViewIfNeeded();
  await box.check();
  await page.reload();
  await page.locator('input.step__tick').first().scrollIntoViewIfNeeded();
  await expect(page.locator('input.step__tick').first()).toBeChecked();
});

test('an update asked for in one tab reloads that tab only; "Not now" in another never reloads it', async ({ browser }) => {
  const copy = await startSite({ copy: true });
  const context = await browser.newContext();
  const pages = [await context.newPage(), await context.newPage(), await context.newPage()];
  await pages[0]!.goto(`${copy.url}/apps/whatsapp`);
  await waitForOfflineReady(pages[0]!);
  for (const page of pages.slice(1)) await page.goto(`${copy.url}/help`);
  for (const page of pages) await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  appendFileSync(join(copy.dir, 'sw.js'), `\n// deployed ${Date.now()}\n`);
  for (const page of pages) {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('An updated guide is available.')).toBeVisible();
  }
  await pages[1]!.getByRole('button', { name: 'Not now' }).click();
  await Promise.all([pages[2]!.waitForEvent('load'), pages[2]!.getByRole('button', { name: 'Reload to update' }).click()]);
  await pages[0]!.waitForTimeout(1500);
  const still = await Promise.all(pages.map((page) => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere ?? false)));
  expect(still).toEqual([true, true, false]);
  await expect(pages[0]!.getByText('The guide was updated in another tab.')).toBeVisible();
  await context.close();
  await copy.close();
});

test('a malformed address fragment never breaks a page, also after navigating away and back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/apps/snapchat#%E0%A4%A`);
  await expect(page.locator('h1')).toHaveText('Snapchat');
  await page.getByRole('link', { name: 'Get help now' }).click();
  await expect(page.locator('h1')).toHaveText('Get help now');
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Snapchat');
  await live(page);
  expect(errors).toEqual([]);
});

test('islands hydrate without a mismatch or an error, on every kind of page that has them', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  for (const path of ['/apps', '/apps/snapchat', '/local/derbyshire', '/about']) {
    await page.goto(`${site.url}${path}`);
    // Bring every island near the screen, then let them hydrate.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-island]').count(), path).toBeGreaterThan(0);
  }
  expect(problems).toEqual([]);
});

test('the guide list downloads no React until the search is touched; saving every guide needs none', async ({ page }) => {
  // A string in React's own code (as in scripts/budgets.mjs): found in whichever chunk React lands.
  const reactMarker = 'react.transitional.element';
  const scripts: { url: string; react: boolean }[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    void response.text().then((body) => scripts.push({ url: response.url(), react: body.includes(reactMarker) }), () => undefined);
  });
  const withReact = () => scripts.filter((script) => script.react).map((script) => script.url);

  await page.goto(`${site.url}/apps`);
  // The site scripts ran (the section is shown once the guide cache is read), and all is fetched.
  const section = page.getByRole('region', { name: 'Save every guide for offline' });
  await expect(section.getByRole('status')).toHaveText(/of \d+ guides are saved on this phone\./);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(scripts.some((script) => script.url.includes('/assets/save-guides-'))).toBe(true);
  expect(withReact()).toEqual([]);

  // The reader touches the search: now React comes, and the search works.
  const search = page.getByRole('searchbox', { name: 'Find an app' });
  await search.focus();
  await expect.poll(() => withReact().length).toBeGreaterThan(0);
  await search.fill('snap');
  // Only the live finder filters the list and writes the search into the address.
  await expect(page).toHaveURL(/\?q=snap$/);
  await expect(page.getByRole('link', { name: 'Snapchat', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Roblox', exact: true })).toHaveCount(0);
});

test('when the server is gone, the service worker failing to register raises no unhandled error', async ({ browser }) => {
  const gone = await startSite();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The page loads, then the server goes away before the worker's script is fetched.
  await page.route('**/sw.js', (route) => route.abort('connectionrefused'));
  await page.goto(`${gone.url}/help`);
  await page.waitForTimeout(3000);
  expect(errors).toEqual([]);
  await context.close();
  await gone.close();
});

test('at most 5 KB of script is fetched before the first paint, on every kind of page', async ({ browser }) => {
  // Sizes as fetched over the network, compressed; copies served by the service worker would report their full size.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  for (const path of ['/', '/apps', '/apps/snapchat', '/local/staffordshire', '/help', '/help/signs', '/about', '/no-such-page']) {
    await page.goto(`${site.url}${path}`);
    await page.waitForLoadState('networkidle');
    const { before, after } = await page.evaluate(() => {
      const paint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-paint')?.startTime ?? 0;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith('.js'));
      const bytes = (list: PerformanceResourceTiming[]) => list.reduce((sum, entry) => sum + entry.encodedBodySize, 0);
      return { before: bytes(scripts.filter((entry) => entry.startTime < paint)), after: bytes(scripts.filter((entry) => entry.startTime >= paint)) };
    });
    expect(before, path).toBeLessThanOrEqual(5 * 1024);
    expect(before + after, path).toBeLessThanOrEqual(90 * 1024);
  }
  await context.close();
});
