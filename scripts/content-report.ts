// `npm run content:report`: per guide, its steps, how many are confirmed on the official page and
// how many not, and its oldest check, with totals. --json for tooling. The sources page (/about)
// shows the same table for readers.
import { parseArgs } from 'node:util';
import { formatReport, guideReport } from '../src/content/editorial/report';
import { loadContent } from '../src/content/load';

// Piped into head or less, stop quietly when the reader has seen enough.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const { content, issues } = loadContent(process.cwd());
if (issues.length > 0) console.error(`(content/ has ${issues.length} problem${issues.length === 1 ? '' : 's'}: guides with problems are left out here; run npm run content:check)\n`);
const report = guideReport(content.guides);
console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
