// Family plans in a real browser: two children with different ages and apps, each with their own
// plan and ticks, surviving a reload, going offline, a second tab and an updated guide.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DIST, startSite, waitForOfflineReady, type Site } from './site';

let site: Site;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => site.close());

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function addChild(page: Page, name: string, age: string) {
  await page.getByRole('textbox', { name: 'First name or nickname' }).fill(name);
  await page.getByRole('combobox', { name: 'Age' }).selectOption(age);
  await page.getByRole('button', { name: 'Add child' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} added` })).toBeVisible();
}

async function pickApps(page: Page, names: string[]) {
  for (const name of names) {
    const box = page.getByRole('checkbox', { name, exact: true });
    await box.scrollIntoViewIfNeeded();
    await box.check();
  }
}

async function expectNoAxeProblems(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('two children get different plans and ticks, which survive a reload, offline and a second tab', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/family`);
  await waitForOfflineReady(page);
  await addChild(page, 'Sam', '9');
  await addChild(page, 'Alex', '15');
  await expectNoAxeProblems(page);

  // Sam's plan: Roblox and Snapchat; Snapchat's minimum age is 13, so it is flagged, not hidden.
  await page.getByRole('link', { name: "Open Sam's plan" }).click();
  await expect(page.getByRole('heading', { level: 2, name: "Sam's plan (age 9)" })).toBeVisible();
  await pickApps(page, ['Roblox', 'Snapchat']);
  const snapchat = page.getByRole('region', { name: 'Snapchat' });
  await expect(snapchat.getByText(/Snapchat's terms say users must be at least 13\. Sam is 9/)).toBeVisible();
  const roblox = page.getByRole('region', { name: 'Roblox' });
  const samFirst = roblox.getByRole('checkbox').first();
  await samFirst.scrollIntoViewIfNeeded();
  await samFirst.check();
  await expect(roblox.getByText('1 of')).toBeVisible();
  await expectNoAxeProblems(page);

  // Alex's plan: WhatsApp only, and none of Sam's ticks.
  await page.goto(`${site.url}/family`);
  await page.getByRole('link', { name: "Open Alex's plan" }).click();
  await expect(page.getByRole('heading', { level: 2, name: "Alex's plan (age 15)" })).toBeVisible();
  await pickApps(page, ['WhatsApp']);
  const whatsapp = page.getByRole('region', { name: 'WhatsApp' });
  await expect(whatsapp.getByText(/^0 of \d+ done/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Roblox' })).toHaveCount(0);
  const alexBoxes = whatsapp.getByRole('checkbox');
  await alexBoxes.nth(1).scrollIntoViewIfNeeded();
  await alexBoxes.nth(1).check();

  // A second tab ticks for Sam while this one ticks for Alex: neither loses the other's tick.
  const second = await context.newPage();
  await second.goto(page.url().replace(/child=[^&]+/, `child=${encodeURIComponent(await samId(page))}`));
  const secondRoblox = second.getByRole('region', { name: 'Roblox' });
  const samSecond = secondRoblox.getByRole('checkbox').nth(1);
  await samSecond.scrollIntoViewIfNeeded();
  await samSecond.check();
  await alexBoxes.nth(2).scrollIntoViewIfNeeded();
  await alexBoxes.nth(2).check();
  await expect(secondRoblox.getByText('2 of')).toBeVisible();

  // Reload, then offline: both plans and all four ticks are still there.
  await page.reload();
  await expect(page.getByRole('region', { name: 'WhatsApp' }).getByText(/^2 of \d+ done/)).toBeVisible();
  await context.setOffline(true);
  await page.goto(`${site.url}/family`);
  await expect(page.getByText(/^2 of \d+ steps done$/)).toHaveCount(2);
  await page.goto(second.url());
  await expect(page.getByRole('region', { name: 'Roblox' }).getByText('2 of')).toBeVisible();
  // The planned guides themselves were kept for offline reading.
  await page.goto(`${site.url}/apps/roblox`);
  await expect(page.locator('h1')).toHaveText(/Roblox/);
  await context.setOffline(false);

  // The home page shows how far each plan is.
  await page.goto(`${site.url}/`);
  await expect(page.locator('.family-summary li')).toHaveText([/^Sam: 2 of \d+ steps done$/, /^Alex: 2 of \d+ steps done$/]);

  // On a guide page, ticks go to the child chosen there.
  await page.goto(`${site.url}/apps/whatsapp`);
  await page.getByRole('combobox', { name: 'Ticks on this page are for' }).selectOption({ label: 'Alex' });
  await expect(page.locator('[data-island="checklist-progress"]')).toContainText(/2 of \d+ done/);
  await context.close();
});

async function samId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const data = JSON.parse(localStorage.getItem('online-safety-guide') ?? '{}') as { profiles: { id: string; name: string }[] };
    return data.profiles.find((p) => p.name === 'Sam')?.id ?? '';
  });
}

test('a guide updated after a tick marks the step, and lists the change until it is marked as seen', async ({ page }) => {
  const guide = JSON.parse(readFileSync(`${DIST}/plan-data/snapchat.json`, 'utf8')) as { steps: { id: string; title: string }[]; changes: unknown[] };
  const [first, second] = guide.steps as [{ id: string; title: string }, { id: string; title: string }];
  // The ticks and plan as a parent left them in October; then the guide changed in November.
  await page.addInitScript(([stepId, oldId]: string[]) => {
    if (localStorage.getItem('online-safety-guide') !== null) return;
    localStorage.setItem(
      'online-safety-guide',
      JSON.stringify({ version: 2, profiles: [{ id: 'c1', name: 'Sam', age: { years: 14, on: '2026-01-01' }, apps: ['snapchat'], ticks: { snapchat: { [stepId as string]: '2026-10-01', [oldId as string]: '2026-03-01' } }, changesSeen: '2026-10-01' }], activeProfile: 'c1', area: null }),
    );
  }, [first.id, second.id]);
  const updated = { ...guide, changes: [{ date: '2026-11-20', summary: 'Snapchat moved this setting.', steps: [first.id] }, ...guide.changes] };
  await page.route('**/plan-data/snapchat.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(updated) }));
  await page.goto(`${site.url}/family/plan?child=c1`);
  const step = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: first.title }) });
  await expect(step.getByText(/Changed since you ticked it \(.*\): Snapchat moved this setting\./)).toBeVisible();
  const changes = page.getByRole('region', { name: 'Changed since you last looked' });
  await expect(changes).toContainText('Snapchat moved this setting.');
  await changes.getByRole('button', { name: 'Mark these as seen' }).click();
  // Marked as seen only stops the list: the step keeps its mark until it is ticked again.
  await expect(page.getByRole('region', { name: 'Changed since you last looked' })).toHaveCount(0);
  await expect(step.getByText(/Changed since you ticked it/)).toBeVisible();

  // A step ticked in March asks to be checked again; confirming it clears the question.
  const old = page.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: second.title }) });
  await expect(old.getByText(/over six months ago/)).toBeVisible();
  await old.getByRole('button', { name: "It's still set" }).click();
  await expect(old.getByText(/over six months ago/)).toHaveCount(0);
  await expect(old.getByRole('checkbox')).toBeChecked();
});

test('a step’s re-check note wakes only when the step has a tick, also after choosing another child', async ({ page }) => {
  const guide = JSON.parse(readFileSync(`${DIST}/plan-data/snapchat.json`, 'utf8')) as { steps: { id: string; title: string }[] };
  const step = guide.steps[0]!;
  // Ali has ticked nothing; Bo ticked the first step in March.
  await page.addInitScript((stepId: string) => {
    if (localStorage.getItem('online-safety-guide') !== null) return;
    localStorage.setItem(
      'online-safety-guide',
      JSON.stringify({
        version: 2,
        profiles: [
          { id: 'c1', name: 'Ali', age: null, apps: ['snapchat'], ticks: {}, changesSeen: null },
          { id: 'c2', name: 'Bo', age: null, apps: ['snapchat'], ticks: { snapchat: { [stepId]: '2026-03-01' } }, changesSeen: null },
        ],
        activeProfile: 'c1',
        area: null,
      }),
    );
  }, step.id);
  const statusModule: string[] = [];
  page.on('request', (request) => {
    if (/StepStatus-[^/]*\.js$/.test(request.url())) statusModule.push(request.url());
  });
  await page.goto(`${site.url}/apps/snapchat`);
  const chooser = page.getByRole('combobox', { name: 'Ticks on this page are for' });
  await expect(chooser).toBeEnabled();
  await expect(page.getByRole('checkbox', { name: step.title })).toBeEnabled();
  // Nothing is ticked for Ali, so the notes are not even downloaded.
  expect(statusModule).toEqual([]);
  await expect(page.getByText(/over six months ago/)).toHaveCount(0);

  await chooser.selectOption({ label: 'Bo' });
  await expect(page.getByRole('checkbox', { name: step.title })).toBeChecked();
  await expect(page.getByText(/over six months ago/)).toBeVisible();
  await page.getByRole('button', { name: "It's still set" }).click();
  await expect(page.getByText(/over six months ago/)).toHaveCount(0);
});

test('a guide whose plan data could not load comes back with "Try again", without a reload', async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('online-safety-guide') !== null) return;
    localStorage.setItem(
      'online-safety-guide',
      JSON.stringify({ version: 2, profiles: [{ id: 'c1', name: 'Sam', age: { years: 12, on: '2026-01-01' }, apps: ['snapchat', 'roblox'], ticks: {}, changesSeen: null }], activeProfile: 'c1', area: null }),
    );
  });
  // As if offline, for a guide never opened on this phone.
  await page.route('**/plan-data/roblox.json', (route) => route.abort('internetdisconnected'));
  await page.goto(`${site.url}/family/plan?child=c1`);
  const warning = page.locator('.notice--warning').filter({ hasText: 'Could not load the guides for: Roblox' });
  await expect(warning).toBeVisible();
  await page.unroute('**/plan-data/roblox.json');
  await warning.getByRole('button', { name: 'Try again' }).click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Roblox', exact: true })).toBeVisible();
});

test('ticks saved by the previous version are all still there, and go to the first child added', async ({ page }) => {
  const v1 = readFileSync(new URL('../fixtures/storage/v1-written-2026-12-02.json', import.meta.url), 'utf8');
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded') === null) {
      localStorage.setItem('online-safety-guide', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, v1);
  await page.goto(`${site.url}/apps/snapchat`);
  await expect(page.locator('[data-island="checklist-progress"]')).toContainText(/2 of \d+ done/);
  await page.goto(`${site.url}/family`);
  await addChild(page, 'Sam', '12');
  await expect(page.getByText("Sam added. The steps you had already ticked are now in Sam's plan.")).toBeVisible();
  await page.goto(`${site.url}/apps/roblox`);
  await expect(page.locator('[data-island="checklist-progress"]')).toContainText(/2 of \d+ done/);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('online-safety-guide') ?? '{}') as { version: number; area: string; profiles: { name: string; ticks: unknown }[] });
  expect(saved.version).toBe(2);
  expect(saved.area).toBe('staffordshire');
  expect(saved.profiles.map((p) => [p.name, p.ticks])).toEqual([['Sam', (JSON.parse(v1) as { profiles: { ticks: unknown }[] }).profiles[0]!.ticks]]);
});

test.describe('in dark mode, with a plan filled in', () => {
  test.use({ colorScheme: 'dark' });
  test('axe finds no WCAG 2.2 A or AA problem on the plan and family pages', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem(
        'online-safety-guide',
        JSON.stringify({ version: 2, profiles: [{ id: 'c1', name: 'Sam', age: { years: 9, on: '2026-01-01' }, apps: ['snapchat', 'roblox'], ticks: { roblox: { 'limit-chat': '2026-01-02' } }, changesSeen: '2026-01-01' }], activeProfile: 'c1', area: null }),
      );
    });
    await page.goto(`${site.url}/family/plan?child=c1`);
    await expect(page.getByText(/over six months ago/)).toBeVisible();
    await expect(page.getByText(/must be at least 13/)).toBeVisible();
    await page.locator('.plan-step__how summary').first().click();
    await expectNoAxeProblems(page);
    await page.goto(`${site.url}/family`);
    await page.getByRole('button', { name: 'Remove Sam' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expectNoAxeProblems(page);
  });
});
