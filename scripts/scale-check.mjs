// @ts-check
// `npm run scale-check`: does the guide's cost stay flat as guides are added? Builds a scratch copy
// of the project twice, with today's guides and with 500 (copies of today's under new ids), and
// prints the growth of the home page, a guide page, the precache and the build time (and of the
// guide list, which lists every guide and so grows with them, for information). Not part of
// `npm test`: two full builds take a few minutes. Fails when a goal is missed: the home page and
// a guide page each grow by at most 5%, the precache stays at most 1 MB, and the build time grows
// at most in proportion to the number of guides.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure } from './budgets.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const TARGET = Number(process.env.GUIDES ?? 500);

/** A scratch copy of the project with `count` guides, sharing node_modules. @param {number} count */
function scratch(count) {
  const dir = mkdtempSync(join(tmpdir(), `guide-scale-${count}-`));
  for (const entry of ['content', 'src', 'public', 'scripts', 'package.json', 'tsconfig.json', 'vite.config.ts']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  // Each package is linked, not node_modules itself: the build writes its prerender cache to
  // node_modules/.cache, which must be the scratch copy's own, not the project's (a build there
  // at the same time would delete it mid-build).
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) if (entry !== '.cache') symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  // The copies are new guides with no change-log lines: compare no release snapshot.
  rmSync(join(dir, 'content', 'release.json'), { force: true });
  const apps = join(dir, 'content', 'apps');
  const originals = readdirSync(apps).filter((name) => name.endsWith('.yaml') && !name.startsWith('_')).sort();
  for (let n = 0; originals.length + n < count; n += 1) {
    const source = /** @type {string} */ (originals[n % originals.length]);
    const id = `${source.replace(/\.yaml$/, '')}-copy-${String(n).padStart(3, '0')}`;
    const text = readFileSync(join(apps, source), 'utf8').replace(/^id: .*$/m, `id: ${id}`).replace(/^name: (.*)$/m, `name: $1 (copy ${n})`);
    writeFileSync(join(apps, `${id}.yaml`), text);
  }
  return dir;
}

/** @param {string} dir */
function build(dir) {
  const started = process.hrtime.bigint();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const small = scratch(0);
const guides = readdirSync(join(small, 'content', 'apps')).filter((name) => name.endsWith('.yaml') && !name.startsWith('_')).length;
const large = scratch(TARGET);
try {
  const results = [];
  for (const [label, dir, count] of /** @type {[string, string, number][]} */ ([['today', small, guides], [`${TARGET} guides`, large, TARGET]])) {
    const seconds = build(dir);
    const measured = measure(join(dir, 'dist'));
    const page = (/** @type {string} */ path) => measured.pages.find((p) => p.page === path);
    // A build that quietly made fewer guide pages would make every growth below look flat.
    const built = measured.pages.filter((p) => /^\/apps\/[^/]+$/.test(p.page)).length;
    if (built !== count) throw new Error(`${label}: ${built} guide pages were built, not ${count}`);
    results.push({ label, count, seconds, home: page('/')?.total ?? 0, guide: page('/apps/snapchat')?.total ?? 0, list: page('/apps')?.total ?? 0, precache: measured.precache });
  }
  const [a, b] = /** @type {[typeof results[0], typeof results[0]]} */ (results);
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const growth = (/** @type {number} */ x, /** @type {number} */ y) => `${(((y - x) / x) * 100).toFixed(1)}%`;
  console.log(`${''.padEnd(22)}${a.label.padStart(14)}${b.label.padStart(14)}${'growth'.padStart(10)}`);
  console.log(`${'guides'.padEnd(22)}${String(a.count).padStart(14)}${String(b.count).padStart(14)}${growth(a.count, b.count).padStart(10)}`);
  console.log(`${'home page (all bytes)'.padEnd(22)}${kb(a.home).padStart(14)}${kb(b.home).padStart(14)}${growth(a.home, b.home).padStart(10)}`);
  console.log(`${'guide page (Snapchat)'.padEnd(22)}${kb(a.guide).padStart(14)}${kb(b.guide).padStart(14)}${growth(a.guide, b.guide).padStart(10)}`);
  console.log(`${'guide list (all bytes)'.padEnd(22)}${kb(a.list).padStart(14)}${kb(b.list).padStart(14)}${growth(a.list, b.list).padStart(10)}`);
  console.log(`${'precache'.padEnd(22)}${kb(a.precache).padStart(14)}${kb(b.precache).padStart(14)}${growth(a.precache, b.precache).padStart(10)}`);
  console.log(`${'build time'.padEnd(22)}${`${a.seconds.toFixed(1)} s`.padStart(14)}${`${b.seconds.toFixed(1)} s`.padStart(14)}${growth(a.seconds, b.seconds).padStart(10)}`);
  const problems = [];
  if (b.home > a.home * 1.05) problems.push('the home page grew by more than 5%');
  if (b.guide > a.guide * 1.05) problems.push('a guide page grew by more than 5%');
  if (b.precache > 1024 * 1024) problems.push('the precache is over 1 MB');
  if (b.seconds / a.seconds > b.count / a.count) problems.push('the build time grew faster than the number of guides');
  if (problems.length > 0) {
    console.error(`\n${problems.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(small, { recursive: true, force: true });
  rmSync(large, { recursive: true, force: true });
}
