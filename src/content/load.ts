// Loads every file under content/, validates each against its schema, then checks the editorial
// rules that span files. Node-only: the Vite content plugin and the content tests call it; the
// browser only ever receives the validated result.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { Area } from './schema/area';
import { Guide } from './schema/guide';
import { HelpRoutesFile, type HelpRoute } from './schema/help';
import { FirstHour, Signs, WhichRoute } from './schema/help-pages';
import { EMPTY_LAW, LawFile } from './schema/law';
import { Dataset } from './schema/stats';
import { todayIso } from '../features/freshness/today';
import { readYaml } from './read-yaml';
import { checkRules, type Located } from './rules';
import { readRelease, RELEASE_FILE } from './editorial/release';
import type { ContentIssue } from './issues';

export interface Content {
  guides: Guide[];
  areas: Area[];
  datasets: Dataset[];
  helpRoutes: HelpRoute[];
  /** Ids of the routes in the "Worried right now?" panel, in order. */
  helpStrip: string[];
  firstHour: FirstHour;
  whichRoute: WhichRoute;
  signs: Signs;
  /** content/law/online-safety-act.yaml: what the law asks of apps, and what to do when one does not act. */
  law: LawFile;
}

export interface LoadResult {
  content: Content;
  issues: ContentIssue[];
  /** Every file read, so the dev server can watch them. */
  files: string[];
}

export interface LoadOptions {
  /** The date rules compare "checked" dates with (YYYY-MM-DD); today by default. */
  today?: string;
}

/** YAML files in a folder, skipping ones that start with "_" (drafts and templates). */
function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()
    .map((name) => join(dir, name));
}

export function loadContent(root: string, options: LoadOptions = {}): LoadResult {
  const issues: ContentIssue[] = [];
  const files: string[] = [];

  function readAll<S extends z.ZodType>(folder: string, schema: S): Located<z.infer<S>>[] {
    const out: Located<z.infer<S>>[] = [];
    for (const absolute of yamlFiles(join(root, 'content', folder))) {
      files.push(absolute);
      const file = relative(root, absolute);
      const result = readYaml(absolute, file, schema);
      if (result.ok) out.push({ value: result.value, file, lineOf: result.lineOf });
      else issues.push(...result.issues);
    }
    return out;
  }

  function readOne<S extends z.ZodType>(path: string, schema: S): Located<z.infer<S>> | undefined {
    const absolute = join(root, 'content', path);
    files.push(absolute);
    const file = relative(root, absolute);
    const result = readYaml(absolute, file, schema);
    if (result.ok) return { value: result.value, file, lineOf: result.lineOf };
    issues.push(...result.issues);
    return undefined;
  }

  const guides = readAll('apps', Guide);
  const areas = readAll('areas', Area);
  const datasets = readAll('stats', Dataset);
  const routesFile = readOne('help/routes.yaml', HelpRoutesFile);
  const firstHour = readOne('help/first-hour.yaml', FirstHour);
  const whichRoute = readOne('help/which-route.yaml', WhichRoute);
  const signs = readOne('help/signs.yaml', Signs);
  // Optional here, so throwaway test projects need not copy it; tests/content/law.test.ts checks the real one.
  const law = existsSync(join(root, 'content', 'law', 'online-safety-act.yaml')) ? readOne('law/online-safety-act.yaml', LawFile) : undefined;
  const helpFiles = routesFile ? [routesFile] : [];
  // The last release's snapshot, read only when it exists (throwaway test projects have none).
  const releasePath = join(root, RELEASE_FILE);
  const snapshot = existsSync(releasePath) ? readRelease(releasePath) : undefined;
  if (snapshot) {
    files.push(releasePath);
    issues.push(...snapshot.issues);
  }

  issues.push(
    ...checkRules({ guides, areas, datasets, helpFiles, firstHour, whichRoute, signs, release: snapshot?.release }, options.today ?? todayIso()),
  );

  return {
    content: {
      guides: guides.map((g) => g.value),
      areas: areas.map((a) => a.value),
      datasets: datasets.map((d) => d.value),
      helpRoutes: helpFiles.flatMap((h) => h.value.routes),
      helpStrip: helpFiles.flatMap((h) => h.value.strip),
      // When a file is invalid the build stops on its issues, so these empty values never reach a page.
      firstHour: firstHour?.value ?? { intro: '', steps: [], sources: [] },
      whichRoute: whichRoute?.value ?? { start: '', questions: [] },
      signs: signs?.value ?? { intro: '', signs: [], note: '', source: { url: '', title: '', checked: '' }, starters: [] },
      law: law?.value ?? EMPTY_LAW,
    },
    issues,
    files,
  };
}
