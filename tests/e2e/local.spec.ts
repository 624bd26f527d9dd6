import { expect, test } from '@playwright/test';
import { startSite, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

test('the chosen area is remembered and shown first on the home page, the help page and guides', async ({ page }) => {
  await page.goto(`${site.url}/local/derbyshire`);
  await page.getByRole('button', { name: 'Make this my area' }).click();
  await expect(page.getByText('This is your area.')).toBeVisible();

  await page.goto(`${site.url}/`);
  await expect(page.locator('.headline-figures li').first()).toContainText('Derbyshire Constabulary');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your area' })).toHaveAttribute('href', '/local/derbyshire');

  await page.goto(`${site.url}/help`);
  await expect(page.getByRole('heading', { name: /^Near you/ }).first()).toHaveText('Near you: Derbyshire');

  await page.goto(`${site.url}/apps/facebook`);
  const notes = page.locator('.local-notes li:visible');
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText('Derbyshire');

  await page.reload();
  await expect(notes).toHaveCount(1);
  await expect(notes.first()).toContainText('Derbyshire');
  await page.goto(`${site.url}/local/derbyshire`);
  await page.getByRole('button', { name: 'Forget my area' }).click();
  await page.goto(`${site.url}/apps/facebook`);
  await expect(page.locator('.local-notes')).toContainText('Staffordshire:');
});

test('every chart has a takeaway, a data table and the recorded-crime caveat', async ({ page }) => {
  for (const area of ['staffordshire', 'derbyshire', 'england-and-wales']) {
    await page.goto(`${site.url}/local/${area}`);
    const charts = page.locator('figure.chart');
    expect(await charts.count(), area).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      await expect(chart.locator('.chart__takeaway')).not.toBeEmpty();
      await expect(chart.locator('svg[role="img"]')).toHaveAttribute('aria-label', /\d/);
      await chart.getByText('Show the figures as a table').click();
      const table = chart.getByRole('table');
      await expect(table).toBeVisible();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
      await expect(chart.getByText('These are crimes police recorded, not how common abuse is.')).toBeVisible();
    }
  }
});

test('the brief’s derived figures appear as worked out in code', async ({ page }) => {
  const openAll = () => page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  await page.goto(`${site.url}/local/staffordshire`);
  await openAll();
  await expect(page.getByText('18 of 28 (64%, our arithmetic)')).toBeVisible();
  await page.goto(`${site.url}/local/england-and-wales`);
  await openAll();
  await expect(page.getByText('176 of 956 (18.4%, our arithmetic)')).toBeVisible();
});
