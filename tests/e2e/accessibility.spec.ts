import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { prerenderedPaths, startSite, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const path of [...prerenderedPaths(), '/no-such-page']) {
  test(`axe finds no WCAG 2.2 A or AA problem on ${path}`, async ({ page }) => {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('h1')).toBeVisible();
    // Once the islands are live, as a reader meets the page.
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const path of ['/', '/apps', '/apps/snapchat', '/apps/whatsapp', '/local/staffordshire', '/local/england-and-wales', '/help', '/help/which-service', '/help/the-law', '/about', '/family', '/family/plan', '/no-such-page']) {
    test(`axe finds no WCAG 2.2 A or AA problem on ${path}`, async ({ page }) => {
      await page.goto(`${site.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 22)');
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
    });
  }
});

test('touch targets are at least 44 by 44 pixels', async ({ page }) => {
  for (const path of ['/', '/apps', '/apps/snapchat', '/local/staffordshire', '/help']) {
    await page.goto(`${site.url}${path}`);
    const small = await page.evaluate(() => {
      const targets = [...document.querySelectorAll<HTMLElement>('main a, main button, main input, main select, header a, header button')];
      return targets
        .filter((el) => !el.closest('p, li:not(.guide-item):not(.card), .source-note, .figure, td, .unverified') || el.matches('.button, input, select, button'))
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => Math.round(box.width) < 44 || Math.round(box.height) < 44)
        .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    });
    expect(small, path).toEqual([]);
  }
});

test('a keyboard user can skip to the content and reach help', async ({ page }) => {
  await page.goto(`${site.url}/apps/snapchat`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.goto(`${site.url}/apps/snapchat`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Get help now' })).toBeFocused();
});

test('links are ordinary page loads: the new page starts at the top, with the skip link first', async ({ page }) => {
  await page.goto(`${site.url}/apps`);
  await page.getByRole('link', { name: 'Snapchat', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Snapchat');
  await expect(page).toHaveTitle('Snapchat – Safe Online');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
});
