// @ts-check
// Performance budgets over the production build (dist/), per page, gzipped as a phone downloads
// them. Prints a table and exits non-zero when a page is over a budget. Run by `npm test` after
// the build; `npm run budgets` runs it alone.
//
// What a page loads, in order (src/islands): its HTML and CSS; the boot script, the only script
// fetched before the first paint; then, once the text is on screen, the runtime (site scripts) and
// any site script the page's elements ask for; only on a page with islands, React and each
// island's own chunk: at load for islands that hydrate at load, at the first tap for the others
// ("js at load" leaves those out; "js in all" counts everything).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** HTML and CSS needed for the first paint. */
  firstPaint: 30 * 1024,
  /** Script fetched before the first paint: the boot script and its static imports. */
  beforePaint: 5 * 1024,
  /** All the JavaScript a page downloads, up front or after the first paint. */
  javascript: 90 * 1024,
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

/** Dynamic imports of a built module: `import("./x.js")`. @param {string} code */
function dynamicImports(code) {
  return [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => /** @type {string} */ (m[1]));
}

/** A module and everything it imports statically. @param {string[]} start absolute files */
function closure(start) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length > 0) {
    const file = resolve(/** @type {string} */ (queue.pop()));
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) if (spec.startsWith('.')) queue.push(resolve(file, '..', spec));
  }
  return seen;
}

/** The chunk a dynamic import in `files` names whose file name starts with `name-`. @param {Iterable<string>} files @param {string} name */
function dynamicChunk(files, name) {
  for (const file of files) {
    for (const spec of dynamicImports(readFileSync(file, 'utf8'))) {
      const target = resolve(file, '..', spec);
      if (basename(target).startsWith(`${name}-`)) return target;
    }
  }
  return undefined;
}

/**
 * Scripts in src/site imported only on pages that have their element (see src/site/start.ts): the
 * attribute that marks the element, and the chunk's name.
 */
const LAZY_SITE_MODULES = { 'data-save-guides': 'save-guides', 'data-family-summary': 'family-summary' };

/** A string React's own code contains (its element type), so React is found in whichever chunk it lands. */
const REACT_MARKER = 'react.transitional.element';

/** @param {string} file */
const hasReact = (file) => readFileSync(file, 'utf8').includes(REACT_MARKER);

/** "step-tick" -> "StepTick": an island's chunk is named after its component's file (see tests/unit/islands.test.ts). @param {string} name */
const chunkName = (name) => name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());

/** @param {string} dist */
export function measure(dist) {
  const pages = htmlFiles(dist).map((file) => {
    const html = readFileSync(file, 'utf8');
    const attr = (/** @type {RegExp} */ re) => [...html.matchAll(re)].map((m) => /** @type {string} */ (m[1]));
    const local = (/** @type {string} */ url) => join(dist, url.replace(/^\/([^/]+\/)*?(assets\/)/, '$2'));
    const css = attr(/<link rel="stylesheet" href="([^"]+)"/g).map(local);
    const scripts = attr(/<script type="module"[^>]*src="([^"]+)"/g).map(local);
    const preloads = attr(/<link rel="modulepreload"[^>]*href="([^"]+)"/g).map(local);
    const before = closure([...scripts, ...preloads]);
    const runtime = dynamicChunk(before, 'runtime');
    const runtimeFiles = runtime ? closure([runtime]) : new Set();
    // What the page fetches once its text is on screen, before a parent touches anything.
    const load = new Set([...before, ...runtimeFiles]);
    for (const [attribute, name] of Object.entries(LAZY_SITE_MODULES)) {
      if (!html.includes(`${attribute}=`)) continue;
      const chunk = dynamicChunk(runtimeFiles, name);
      if (!chunk) throw new Error(`${file}: has ${attribute} but no chunk "${name}" is imported by the runtime`);
      for (const f of closure([chunk])) load.add(f);
    }
    const tags = [...html.matchAll(/data-island="([^"]+)"[^>]*?data-hydrate="([^"]+)"/g)].map((m) => ({ name: /** @type {string} */ (m[1]), hydrate: m[2] }));
    const islands = [...new Set(attr(/data-island="([^"]+)"/g))];
    if (tags.length !== attr(/data-island="/g).length) throw new Error(`${file}: an island without data-hydrate`);
    const loadIslands = [...new Set(tags.filter((tag) => tag.hydrate !== 'interaction').map((tag) => tag.name))];
    // Everything the page may download: also the islands that wait for a tap, and React with them.
    const after = new Set(runtimeFiles);
    for (const f of load) after.add(f);
    if (islands.length > 0) {
      const hydrate = dynamicChunk(runtimeFiles, 'hydrate');
      const hydrateFiles = hydrate ? closure([hydrate]) : new Set();
      if (loadIslands.length > 0) for (const f of hydrateFiles) load.add(f);
      for (const f of hydrateFiles) after.add(f);
      for (const island of islands) {
        const chunk = dynamicChunk(hydrateFiles, chunkName(island));
        if (!chunk) throw new Error(`${file}: no chunk for the island "${island}"`);
        for (const f of closure([chunk])) {
          after.add(f);
          if (loadIslands.includes(island)) load.add(f);
        }
      }
    }
    const all = new Set([...before, ...after]);
    const sum = (/** @type {Iterable<string>} */ files) => [...files].reduce((total, f) => total + gz(f), 0);
    const htmlBytes = gz(file);
    const cssBytes = sum(css);
    const jsBytes = sum(all);
    return {
      page: `/${relative(dist, file).replace(/\.html$/, '').replace(/^index$/, '')}`,
      html: htmlBytes,
      css: cssBytes,
      firstPaint: htmlBytes + cssBytes,
      beforePaint: sum(before),
      atLoad: sum(load),
      javascript: jsBytes,
      total: htmlBytes + cssBytes + jsBytes,
      islands,
      loadIslands,
      jsFiles: [...all],
      loadFiles: [...load],
    };
  });
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => join(dist, /** @type {string} */ (m[1])));
  const precache = precached.reduce((sum, f) => sum + (existsSync(f) ? gz(f) : 0), 0) + gz(join(dist, 'sw.js'));
  return { pages, precache, precachedFiles: precached.length };
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {ReturnType<typeof measure>} result @returns {string[]} problems */
export function check(result) {
  const problems = [];
  for (const page of result.pages) {
    if (page.firstPaint > BUDGETS.firstPaint) problems.push(`${page.page}: first paint ${kb(page.firstPaint)} is over ${kb(BUDGETS.firstPaint)}`);
    if (page.beforePaint > BUDGETS.beforePaint) problems.push(`${page.page}: script before the first paint ${kb(page.beforePaint)} is over ${kb(BUDGETS.beforePaint)}`);
    if (page.javascript > BUDGETS.javascript) problems.push(`${page.page}: JavaScript ${kb(page.javascript)} is over ${kb(BUDGETS.javascript)}`);
    // A page with nothing to tick or type must not download React; one whose islands all wait
    // for a tap (the guide finder) must not download it before that tap.
    if (page.islands.length === 0 && page.jsFiles.some(hasReact)) problems.push(`${page.page}: has no island but loads React`);
    else if (page.loadIslands.length === 0 && page.loadFiles.some(hasReact)) problems.push(`${page.page}: loads React before a parent touches anything, though its islands wait for a tap`);
  }
  // The checks above find React by a string in its code: if no page with an island that hydrates at
  // load has it, the string has changed (a React upgrade) and they would pass whatever happens.
  const withIslands = result.pages.filter((p) => p.loadIslands.length > 0);
  if (withIslands.length > 0 && !withIslands.every((p) => p.loadFiles.some(hasReact))) problems.push(`React's code no longer contains "${REACT_MARKER}": update REACT_MARKER in scripts/budgets.mjs`);
  // The home page and guide pages must not load any guide's data or the guide list: their cost stays flat as guides are added.
  for (const page of result.pages.filter((p) => p.page === '/' || p.page.startsWith('/apps/'))) {
    const code = page.jsFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const marker of ['conversationStarters', 'stepCount']) {
      if (code.includes(marker)) problems.push(`${page.page}: loads guide data ("${marker}"), so it grows with every guide`);
    }
  }
  // Content is validated at build time; the schema library must never reach the browser.
  const shipped = new Set(result.pages.flatMap((p) => p.jsFiles));
  for (const file of shipped) {
    if (readFileSync(file, 'utf8').includes('ZodError')) problems.push(`${file}: ships the schema library (zod) to the browser`);
  }
  if (result.precachedFiles === 0) problems.push('the service worker precaches nothing: the precache list was not found in sw.js');
  if (result.precache > BUDGETS.precache) problems.push(`precache ${kb(result.precache)} is over ${kb(BUDGETS.precache)}`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const result = measure(dist);
  const rows = [...result.pages].sort((a, b) => b.javascript - a.javascript || a.page.localeCompare(b.page));
  const pad = (/** @type {string} */ s, /** @type {number} */ n) => s.padStart(n);
  console.log(`${'page'.padEnd(30)}${pad('html', 9)}${pad('css', 9)}${pad('1st paint', 11)}${pad('js before', 11)}${pad('js at load', 12)}${pad('js in all', 11)}${pad('all', 10)}  islands (* waits for a tap)`);
  for (const row of rows) {
    console.log(`${row.page.padEnd(30)}${pad(kb(row.html), 9)}${pad(kb(row.css), 9)}${pad(kb(row.firstPaint), 11)}${pad(kb(row.beforePaint), 11)}${pad(kb(row.atLoad), 12)}${pad(kb(row.javascript), 11)}${pad(kb(row.total), 10)}  ${row.islands.map((name) => (row.loadIslands.includes(name) ? name : `${name}*`)).join(' ')}`);
  }
  console.log(`\nBudgets, gzipped: first paint (HTML + CSS) ${kb(BUDGETS.firstPaint)}; script before the first paint ${kb(BUDGETS.beforePaint)}; JavaScript per page ${kb(BUDGETS.javascript)}; precache ${kb(BUDGETS.precache)}.`);
  console.log(`Precache: ${result.precachedFiles} files, ${kb(result.precache)} gzipped.`);
  const problems = check(result);
  if (problems.length > 0) {
    console.error(`\nOver budget:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('All pages are within budget.');
}
