// Schools share the guide: link previews on every page, a share control, a QR code on printed
// guides, and a school pack that lives entirely in its link.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { prerenderedPaths, startSite, waitForOfflineReady, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

async function makePack(page: Page, school: string): Promise<string> {
  await page.goto(`${site.url}/schools`);
  const builder = page.locator('[data-island="pack-builder"]');
  await builder.scrollIntoViewIfNeeded();
  await page.getByLabel('School name').fill(school);
  await page.getByLabel("Safeguarding lead's name").fill('Mrs J. Patel');
  await page.getByLabel('Their email (optional)').fill('safeguarding@school.example');
  await page.getByRole('button', { name: 'Ages 14 to 16' }).click();
  await expect(page.getByText('6 chosen, up to 20.')).toBeVisible();
  const link = await page.getByLabel('Link for parents').inputValue();
  expect(link).toMatch(/\/schools\/pack#p=[A-Za-z0-9_-]+$/);
  return link;
}

test('a school builds a pack; a parent opens it and sees the school, its contact and the guides with their own progress', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const link = await makePack(page, 'St Mary’s Primary');
  await expect(page.getByRole('img', { name: /QR code that opens St Mary’s Primary/ })).toBeVisible();
  // One message for the pack and one per guide, each with a link.
  expect(await page.locator('.pack-message textarea').count()).toBe(7);

  // A parent who has ticked a Snapchat step opens the pack.
  await page.goto(`${site.url}/apps/snapchat`);
  await page.locator('input.step__tick').first().scrollIntoViewIfNeeded();
  await page.locator('input.step__tick').first().check();
  await page.goto(new URL(new URL(link).pathname + new URL(link).hash, site.url).href);
  await expect(page.getByText('St Mary’s Primary recommends these guides.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'safeguarding@school.example' })).toHaveAttribute('href', 'mailto:safeguarding@school.example');
  await expect(page.locator('.pack-view .guide-item')).toHaveCount(6);
  await expect(page.locator('.pack-view .guide-item', { hasText: 'Snapchat' })).toContainText('1 of');
  await context.close();
});

test('the pack opens offline too', async ({ browser }) => {
  const own = await startSite();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${own.url}/schools`);
  await waitForOfflineReady(page);
  const link = await makePack(page, 'Offline Academy');
  await own.close();
  await context.setOffline(true);
  await page.goto(link.replace(/^https?:\/\/[^/]+/, own.url));
  await expect(page.getByText('Offline Academy recommends these guides.')).toBeVisible();
  await context.close();
});

test('markup in a school name is shown as text, never run or rendered', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const link = await makePack(page, '<img src=x onerror=alert(1)><b>Bold</b>');
  await page.goto(new URL(new URL(link).pathname + new URL(link).hash, site.url).href);
  await expect(page.getByText('<img src=x onerror=alert(1)><b>Bold</b> recommends these guides.')).toBeVisible();
  expect(await page.locator('.pack-view img, .pack-view b').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('a damaged, tampered or unknown pack link says so and shows the way to every guide', async ({ page }) => {
  const cases: [string, string][] = [
    ['#p=%%%', 'This pack link is damaged'],
    ['#p=eyJ2Ijo5LCJzIjoiQSIsIm4iOiJCIiwiZyI6InNuYXBjaGF0In0', 'made by a newer version of the guide'],
    [`#p=${'A'.repeat(5000)}`, 'too long to be one of ours'],
    ['#p=eyJ2IjoxLCJzIjoiQSIsIm4iOiJCIiwiZyI6Im5vLXN1Y2gtYXBwIn0', 'None of the guides in this pack link'],
  ];
  for (const [hash, message] of cases) {
    await page.goto(`${site.url}/schools/pack${hash}`);
    await expect(page.getByRole('alert'), hash.slice(0, 20)).toContainText(message);
    await expect(page.getByRole('link', { name: 'See all app guides' })).toBeVisible();
  }
});

test('the share control uses the phone share sheet where there is one, and copies the link where there is not', async ({ browser }) => {
  const withShare = await browser.newContext();
  const page = await withShare.newPage();
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    Object.defineProperty(navigator, 'share', { value: (data: unknown) => ((window as unknown as { shared: unknown[] }).shared.push(data), Promise.resolve()) });
  });
  await page.goto(`${site.url}/apps/snapchat`);
  await page.getByRole('button', { name: 'Share this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { shared: { url: string }[] }).shared.map((s) => new URL(s.url).pathname))).toEqual(['/apps/snapchat']);
  await withShare.close();

  const noShare = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const other = await noShare.newPage();
  await other.goto(`${site.url}/help`);
  // Once the page's scripts have run (after the first visit they come from the offline cache).
  await expect(other.getByRole('button', { name: 'Copy link to this page' })).toBeVisible();
  await noShare.setOffline(true);
  await other.getByRole('button', { name: 'Copy link to this page' }).click();
  await expect(other.getByText('Link copied.')).toBeVisible();
  expect(new URL(await other.evaluate(() => navigator.clipboard.readText())).pathname).toBe('/help');
  await noShare.close();
});

test('a printed guide keeps the checklist and a QR code back to the page, and hides the navigation', async ({ page }) => {
  await page.goto(`${site.url}/apps/tiktok`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-qr svg')).toBeVisible();
  await expect(page.locator('.print-qr')).toContainText('/apps/tiktok');
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('.share')).toBeHidden();
  await expect(page.locator('.step').first()).toBeVisible();
});

test('every prerendered page carries link-preview tags with absolute addresses', async ({ request }) => {
  for (const path of prerenderedPaths()) {
    const html = await (await request.get(`${site.url}${path}`)).text();
    const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(html)?.[1];
    for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'twitter:card', 'twitter:image']) expect(meta(property), `${path} ${property}`).toBeTruthy();
    expect(meta('og:url'), path).toMatch(/^https?:\/\//);
    const image = meta('og:image') ?? '';
    expect(image, path).toMatch(/^https?:\/\/.+\/og\/(guides|local|help)\.png$/);
    const response = await request.get(`${site.url}${new URL(image).pathname}`);
    expect(response.headers()['content-type'], image).toContain('image/png');
  }
});

test('axe finds no WCAG 2.2 A or AA problem on /schools with a pack made, or on the pack view', async ({ page }) => {
  const link = await makePack(page, 'Axe School');
  let results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.goto(new URL(new URL(link).pathname + new URL(link).hash, site.url).href);
  await expect(page.getByText('Axe School recommends these guides.')).toBeVisible();
  results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
