// `npm run content:release`: records this release's content in content/release.json (each guide
// step's fingerprint and today's date; --date YYYY-MM-DD for another day). From then on, the
// content check asks for a change-log line for every step changed since. It refuses while the
// content has problems, so a release never records a step whose change was not logged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/content/issues';
import { loadContent } from '../src/content/load';
import { makeRelease, RELEASE_FILE } from '../src/content/editorial/release';
import { todayIso } from '../src/features/freshness/today';

const { values } = parseArgs({ options: { date: { type: 'string' } } });
const released = values.date ?? todayIso();
if (!/^\d{4}-\d{2}-\d{2}$/.test(released)) {
  console.error('content:release: --date must be YYYY-MM-DD');
  process.exit(2);
}
const root = process.cwd();
const { content, issues } = loadContent(root);
if (issues.length > 0) {
  for (const issue of issues) console.error(formatIssue(issue));
  console.error(`\ncontent:release: fix the ${issues.length} problem${issues.length === 1 ? '' : 's'} above first (npm run content:check); nothing was written.`);
  process.exit(1);
}
const release = makeRelease(content.guides, released);
writeFileSync(join(root, RELEASE_FILE), `${JSON.stringify(release, null, 2)}\n`);
const steps = Object.values(release.guides).reduce((sum, guide) => sum + Object.keys(guide).length, 0);
console.log(`Wrote ${RELEASE_FILE}: ${content.guides.length} guides, ${steps} steps, released ${released}.`);
