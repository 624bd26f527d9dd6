import { expect, test } from '@playwright/test';
import { startSite, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

for (const javaScriptEnabled of [true, false]) {
  test(`"Which service?" leads to the right route ${javaScriptEnabled ? 'with' : 'without'} script`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${site.url}/help/which-service`);
    const visibleHeading = page.locator('.flow__step:visible h2');
    await expect(visibleHeading).toHaveText(/Is a child in danger right now/);
    await page.getByRole('link', { name: 'No', exact: true }).click();
    await expect(visibleHeading).toHaveText('What has happened?');
    await page.getByRole('link', { name: /nude or sexual picture/ }).click();
    await expect(visibleHeading).toHaveText(/Is it a picture of your child/);
    await page.getByRole('link', { name: 'Yes', exact: true }).click();
    await expect(visibleHeading).toHaveText('Where to go');
    await expect(page.locator('.flow__step:visible').getByRole('heading', { name: 'Report Remove' })).toBeVisible();
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(visibleHeading).toHaveText(/Is a child in danger right now/);
    await context.close();
  });
}

test('bullying goes to Report Harmful Content, and says CEOP does not handle it', async ({ page }) => {
  await page.goto(`${site.url}/help/which-service#question-reported-to-app`);
  await page.getByRole('link', { name: 'Yes, and nothing was done' }).click();
  const answer = page.locator('.flow__step:visible');
  await expect(answer.getByRole('heading', { name: 'Report Harmful Content' })).toBeVisible();
  await expect(answer).toContainText('CEOP does not handle bullying');
});

test('the first hour never suggests keeping a copy of an image', async ({ page }) => {
  await page.goto(`${site.url}/help/something-happened`);
  await expect(page.locator('h1')).toHaveText('Something has happened: what to do first');
  await expect(page.getByText('Do not forward, copy, save or screenshot any sexual picture')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 999' }).first()).toHaveAttribute('href', 'tel:999');
});

test('every page has a way to help in the header', async ({ page }) => {
  for (const path of ['/', '/apps/roblox', '/local/derbyshire', '/help/signs', '/no-such-page']) {
    await page.goto(`${site.url}${path}`);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
  }
});
