// `npm run content:new -- <id>`: starts a new guide from content/apps/_template.yaml. It refuses an
// id that is taken or not kebab-case. The new file fails `npm run content:check` until every
// "TODO" placeholder in it is filled in.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newIdProblem, scaffoldGuide, TEMPLATE_FILE } from '../src/content/editorial/scaffold';
import { todayIso } from '../src/features/freshness/today';

const root = process.cwd();
const id = process.argv[2];
const appsDir = join(root, 'content', 'apps');
const existing = readdirSync(appsDir)
  .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
  .map((name) => name.slice(0, -'.yaml'.length));

const problem = newIdProblem(id, existing);
if (problem !== undefined || id === undefined) {
  console.error(`content:new: ${problem ?? 'no id given'}`);
  process.exit(1);
}
const target = join(appsDir, `${id}.yaml`);
if (existsSync(target)) {
  console.error(`content:new: content/apps/${id}.yaml already exists`);
  process.exit(1);
}
writeFileSync(target, scaffoldGuide(readFileSync(join(root, TEMPLATE_FILE), 'utf8'), id, todayIso()), { flag: 'wx' });
console.log(`Wrote content/apps/${id}.yaml.`);
console.log('Fill in every "TODO: ..." in it, then run npm run content:check to see what is left.');
