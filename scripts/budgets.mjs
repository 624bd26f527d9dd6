// @ts-check
// Performance budgets over the production build (dist/), per page, gzipped as a phone downloads
// them. Prints a table and exits non-zero when a page is over a budget. Run by `npm test` after
// the build; `npm run budgets` runs it alone.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** HTML and CSS needed for the first paint. */
  firstPaint: 30 * 1024,
  /**
   * Everything a page needs to become interactive: all the JavaScript it loads up front (React,
   * the router, i18next, the page's own code and its data). Its HTML and CSS are in firstPaint.
   */
  interactive: 130 * 1024,
  /** The offline precache for the default language. */
  precache: 1024 * 1024,
};

/** @param {string} file */
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Static imports of a built module (rolldown writes `import{…}from"./x.js"` and `import"./x.js"`). @param {string} code */
function staticImports(code) {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * The JavaScript files a page loads before it is interactive: its module script and preloads,
 * and everything they import statically (dynamic imports load later, on demand).
 * @param {string} dist @param {string[]} start URL paths
 */
function jsClosure(dist, start, base = '/') {
  const seen = new Set();
  const queue = start.map((url) => join(dist, url.slice(base.length)));
  while (queue.length > 0) {
    const file = resolve(/** @type {string} */ (queue.pop()));
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) queue.push(resolve(file, '..', spec));
    }
  }
  return [...seen];
}

/** @param {string} dist */
export function measure(dist) {
  const pages = htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const attr = (/** @type {RegExp} */ re) => [...html.matchAll(re)].map((m) => /** @type {string} */ (m[1]));
    const css = attr(/<link rel="stylesheet" href="([^"]+)"/g).map((url) => join(dist, url.replace(/^\//, '')));
    const scripts = [...attr(/<script type="module"[^>]*src="([^"]+)"/g), ...attr(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)];
    const js = jsClosure(dist, scripts.map((u) => u.replace(/^\//, '/')), '/');
    const htmlBytes = gz(file);
    const cssBytes = css.reduce((sum, f) => sum + gz(f), 0);
    const jsBytes = js.reduce((sum, f) => sum + gz(f), 0);
    return {
      page: `/${relative(dist, file).replace(/\.html$/, '').replace(/^index$/, '')}`,
      html: htmlBytes,
      css: cssBytes,
      js: jsBytes,
      firstPaint: htmlBytes + cssBytes,
      interactive: jsBytes,
      total: htmlBytes + cssBytes + jsBytes,
      jsFiles: js,
    };
  });
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => join(dist, /** @type {string} */ (m[1])));
  const precache = precached.reduce((sum, f) => sum + (existsSync(f) ? gz(f) : 0), 0) + gz(join(dist, 'sw.js'));
  return { pages, precache, precachedFiles: precached.length };
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {ReturnType<typeof measure>} result @returns {string[]} problems */
export function check(result) {
  const problems = [];
  for (const page of result.pages) {
    if (page.firstPaint > BUDGETS.firstPaint) problems.push(`${page.page}: first paint ${kb(page.firstPaint)} is over ${kb(BUDGETS.firstPaint)}`);
    if (page.interactive > BUDGETS.interactive) problems.push(`${page.page}: JavaScript to become interactive ${kb(page.interactive)} is over ${kb(BUDGETS.interactive)}`);
  }
  // The home page must not load any guide's data or the guide list: its cost stays flat as guides are added.
  const home = result.pages.find((p) => p.page === '/');
  if (!home) problems.push('no home page in the build');
  else {
    const homeCode = home.jsFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const marker of ['conversationStarters', 'stepCount']) {
      if (homeCode.includes(marker)) problems.push(`/: the home page loads guide data ("${marker}"), so it grows with every guide`);
    }
  }
  // Content is validated at build time; the schema library must never reach the browser.
  const shipped = new Set(result.pages.flatMap((p) => p.jsFiles));
  for (const file of shipped) {
    if (readFileSync(file, 'utf8').includes('ZodError')) problems.push(`${file}: ships the schema library (zod) to the browser`);
  }
  if (result.precache > BUDGETS.precache) problems.push(`precache ${kb(result.precache)} is over ${kb(BUDGETS.precache)}`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const result = measure(dist);
  const rows = [...result.pages].sort((a, b) => b.interactive - a.interactive);
  const pad = (/** @type {string} */ s, /** @type {number} */ n) => s.padStart(n);
  console.log(`${'page'.padEnd(32)}${pad('html', 10)}${pad('css', 10)}${pad('1st paint', 12)}${pad('js (interactive)', 18)}${pad('all', 10)}`);
  for (const row of rows) {
    console.log(`${row.page.padEnd(32)}${pad(kb(row.html), 10)}${pad(kb(row.css), 10)}${pad(kb(row.firstPaint), 12)}${pad(kb(row.interactive), 18)}${pad(kb(row.total), 10)}`);
  }
  console.log(`\nBudgets, gzipped: first paint (HTML + CSS) ${kb(BUDGETS.firstPaint)}; interactive (all JavaScript loaded up front) ${kb(BUDGETS.interactive)}; precache ${kb(BUDGETS.precache)}.`);
  console.log(`Precache: ${result.precachedFiles} files, ${kb(result.precache)} gzipped.`);
  const problems = check(result);
  if (problems.length > 0) {
    console.error(`\nOver budget:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('All pages are within budget.');
}
