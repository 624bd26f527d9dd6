// `npm run content:links`: do the source links still answer? With no network (found out in a few
// seconds) it says so and exits 0: it never fails offline. With a network it lists links that are
// gone, moved or would not answer, and exits 1 only when a link is gone. --json for tooling.
import { parseArgs } from 'node:util';
import { formatLinkRun, linksIn, runLinkCheck } from '../src/content/editorial/links';
import { loadContent } from '../src/content/load';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, timeout: { type: 'string', default: '10' } } });
const { content } = loadContent(process.cwd());
const links = linksIn(content);
const run = await runLinkCheck(links, { fetch: (url, init) => fetch(url, init), timeoutMs: Number(values.timeout) * 1000 });
console.log(values.json ? JSON.stringify(run, null, 2) : formatLinkRun(run));
if (run.online && run.results.some((result) => result.status === 'broken')) process.exitCode = 1;
