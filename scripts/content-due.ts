// `npm run content:due`: every step, guide, help route and figure whose checked date is older than
// its review interval (six months unless its source sets `reviewEvery`), oldest first, with the
// page to check it against. Options: --json for tooling; --today YYYY-MM-DD to see what will be
// due on a later day; --months N to use another default interval.
import { parseArgs } from 'node:util';
import { dueItems, formatDue, undatedFigures, DEFAULT_REVIEW_MONTHS } from '../src/content/editorial/due';
import { loadContent } from '../src/content/load';
import { todayIso } from '../src/features/freshness/today';

// Piped into head or less, stop quietly when the reader has seen enough.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, today: { type: 'string' }, months: { type: 'string' } } });
const today = values.today ?? todayIso();
const months = values.months === undefined ? DEFAULT_REVIEW_MONTHS : Number(values.months);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !Number.isInteger(months) || months < 1) {
  console.error('content:due: --today must be YYYY-MM-DD and --months a whole number of months');
  process.exit(2);
}

const { content, issues } = loadContent(process.cwd(), { today });
if (issues.length > 0) console.error(`(content/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}: files with problems are left out here; run npm run content:check)\n`);
const items = dueItems(content, { today, months });
const undated = undatedFigures(content.datasets);

if (values.json) {
  console.log(JSON.stringify({ today, defaultMonths: months, due: items, undatedFigures: undated }, null, 2));
} else {
  console.log(formatDue(items, today));
  if (undated > 0) console.log(`\n${undated} figures have no checked date, so they never fall due: add "checked" to their dataset's source when you compare them with the publication.`);
}
