// @ts-check
// `npm run lighthouse`: Lighthouse (mobile settings, simulated slow 4G and a slow CPU) on the home
// page, a guide and a local page of the production build, with Debian's Chromium. Prints the four
// scores and fails when any is below 100. Not part of `npm test`: timing-based scores vary with
// the machine, so CI relies on the byte budgets instead (scripts/budgets.mjs).
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';

const PAGES = ['/', '/apps/snapchat', '/local/staffordshire'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await startServer({ dir: 'dist' });
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  console.log(`${'page'.padEnd(24)}${CATEGORIES.map((c) => c.padStart(16)).join('')}`);
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    if (scores.some((score) => score < 100)) {
      failed = true;
      const audits = Object.values(result?.lhr.audits ?? {}).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
      for (const audit of audits.slice(0, 8)) console.log(`    ${path}: ${audit.id} (${audit.displayValue ?? audit.score})`);
    }
    console.log(`${path.padEnd(24)}${scores.map((s) => String(s).padStart(16)).join('')}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
if (failed) process.exit(1);
