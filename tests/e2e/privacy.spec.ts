import { expect, test } from '@playwright/test';
import { prerenderedPaths, startSite } from './site';

test('no request leaves the site and no cookie is set, on any page', async ({ browser }) => {
  const site = await startSite();
  const context = await browser.newContext();
  const origin = new URL(site.url).origin;
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) elsewhere.push(request.url());
  });
  const page = await context.newPage();
  for (const path of prerenderedPaths()) {
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  }
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  await context.close();
  await site.close();
});

test('pages send the security headers and carry the policy', async ({ request }) => {
  const site = await startSite();
  const response = await request.get(`${site.url}/apps/snapchat`);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
  await site.close();
});

test('the page runs with no CSP violation', async ({ browser }) => {
  const site = await startSite();
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ['/', '/apps', '/apps/snapchat', '/local/derbyshire', '/help']) {
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  }
  expect(violations).toEqual([]);
  await page.close();
  await site.close();
});
