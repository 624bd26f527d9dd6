// Editorial rules that a schema alone cannot express: ids that match file names, references
// between files, sources on the platform's own domains, dates not in the future. Each rule reports
// the file, line and field so an editor can fix it without reading code.
import { basename } from 'node:path';
import type { Area } from './schema/area';
import type { Guide } from './schema/guide';
import type { HelpRoutesFile } from './schema/help';
import type { FirstHour, Signs, WhichRoute } from './schema/help-pages';
import type { Dataset } from './schema/stats';
import type { ContentIssue } from './issues';
import { formatPath } from './issues';
import { checkChangeLogs, type Release } from './editorial/release';

/** A validated file's value, with where it came from. */
export interface Located<T> {
  value: T;
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface RuleInput {
  guides: Located<Guide>[];
  areas: Located<Area>[];
  datasets: Located<Dataset>[];
  helpFiles: Located<HelpRoutesFile>[];
  firstHour?: Located<FirstHour>;
  whichRoute?: Located<WhichRoute>;
  signs?: Located<Signs>;
  /** The last release's snapshot (content/release.json), when there is one: steps changed since need a change-log line. */
  release?: Release;
}

/** Guides in these categories are the big social and messaging apps: they need six steps. */
const SIX_STEP_CATEGORIES = new Set(['social', 'messaging']);
/** People share and message on these, so the Online Safety Act's user-to-user duties apply. */
const USER_TO_USER_CATEGORIES = new Set(['social', 'messaging']);

/** A sentence that states what a platform does for teenagers by default. */
const TEEN_WORDS = /\b(teens?|teenagers?|teen accounts?|under[- ]1[3-8]s?|1[3-7] (?:to|and|or) 1[5-7](?:[- ]year[- ]olds?)?)\b/i;
const DEFAULT_WORDS = /\b(by default|default(?:s|ed)? to|on by default|private (?:from the start|to start with)|start(?:s)? (?:out )?(?:as )?private)\b/i;

function issueAt<T>(item: Located<T>, path: PropertyKey[], message: string): ContentIssue {
  return { file: item.file, path: formatPath(path), line: item.lineOf(path), message };
}

/** Every { url, checked } object in a value, with its path. */
function* sourcesIn(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; url: string; checked: string }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* sourcesIn(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.url === 'string' && typeof record.checked === 'string') {
      yield { path, url: record.url, checked: record.checked };
    }
    for (const [key, item] of Object.entries(record)) yield* sourcesIn(item, [...path, key]);
  }
}

function hostAllowed(url: string, domains: readonly string[]): boolean {
  const host = new URL(url).hostname;
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return repeated;
}

function checkIdMatchesFile<T extends { id: string }>(item: Located<T>): ContentIssue[] {
  const expected = basename(item.file, '.yaml');
  return item.value.id === expected ? [] : [issueAt(item, ['id'], `must be "${expected}", the file's name`)];
}

/** Every string in a value with its path, skipping the fields named. */
function* stringsIn(value: unknown, skip: ReadonlySet<string>, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, skip, [...path, index]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!skip.has(key)) yield* stringsIn(item, skip, [...path, key]);
  }
}

/** Rules on what a parent can trust: confirmed steps, ages, block and report, dated teen defaults. */
function checkTrust(item: Located<Guide>): ContentIssue[] {
  const guide = item.value;
  const issues: ContentIssue[] = [];
  guide.checklist.forEach((step, index) => {
    if (step.status === 'verified' && step.source.unverified !== undefined) {
      issues.push(issueAt(item, ['checklist', index, 'status'], 'a step marked verified must rest on a confirmed source, but its source says it is unverified'));
    }
  });
  const { ages } = guide;
  if (ages.minimum === undefined) {
    if (ages.adultAccount === undefined) {
      issues.push(issueAt(item, ['ages'], 'say how old you must be: a "minimum" from the terms, or "adultAccount" when an adult must hold the account'));
    } else if (ages.ratings.length === 0 && ages.contentRatings === undefined) {
      issues.push(issueAt(item, ['ages'], 'when an adult holds the account, say which age ratings the content carries ("ratings" or "contentRatings")'));
    }
  }
  if (guide.risks.some((risk) => risk.feature === 'contactFromStrangers')) {
    for (const key of ['block', 'report'] as const) {
      if (guide[key].paths.length === 0 && guide[key].none === undefined) {
        issues.push(issueAt(item, [key, 'paths'], `strangers can make contact on this app: give the path to ${key} someone on each platform, or say in "none" that the app has no such control`));
      }
    }
  }
  if (USER_TO_USER_CATEGORIES.has(guide.category) && guide.law.coverage === 'not-covered') {
    issues.push(issueAt(item, ['law', 'coverage'], `a ${guide.category} app lets people reach each other, so the Online Safety Act's user-to-user duties apply`));
  }
  // A teen default changes with the platform's announcements; it belongs in teenDefaults, dated.
  for (const { path, text } of stringsIn(guide, new Set(['teenDefaults', 'source', 'minimumSource', 'changes', 'unverifiedNote']))) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (TEEN_WORDS.test(sentence) && DEFAULT_WORDS.test(sentence)) {
        issues.push(issueAt(item, path, `"${sentence}" states a teen default: put it in "teenDefaults" with the date the platform announced it`));
      }
    }
  }
  return issues;
}

function checkGuide(item: Located<Guide>, routeIds: ReadonlySet<string>, today: string): ContentIssue[] {
  const guide = item.value;
  const issues = [...checkIdMatchesFile(item), ...checkTrust(item)];
  for (const source of sourcesIn(guide)) {
    if (!hostAllowed(source.url, guide.sourceDomains)) {
      issues.push(issueAt(item, [...source.path, 'url'], `${new URL(source.url).hostname} is not in this guide's sourceDomains`));
    }
    if (source.checked > today) issues.push(issueAt(item, [...source.path, 'checked'], `${source.checked} is in the future`));
  }
  for (const [key, url] of Object.entries(guide.officialLinks)) {
    if (url !== undefined && !hostAllowed(url, guide.sourceDomains)) {
      issues.push(issueAt(item, ['officialLinks', key], `${new URL(url).hostname} is not in this guide's sourceDomains`));
    }
  }
  if (guide.reviewed > today) issues.push(issueAt(item, ['reviewed'], `${guide.reviewed} is in the future`));
  guide.teenDefaults.forEach((fact, index) => {
    if (fact.announced > today) issues.push(issueAt(item, ['teenDefaults', index, 'announced'], `${fact.announced} is in the future`));
  });
  const repeated = duplicates(guide.checklist.map((step) => step.id));
  guide.checklist.forEach((step, index) => {
    if (repeated.has(step.id)) issues.push(issueAt(item, ['checklist', index, 'id'], `"${step.id}" is used by more than one step`));
  });
  if (SIX_STEP_CATEGORIES.has(guide.category) && guide.checklist.length < 6) {
    issues.push(issueAt(item, ['checklist'], `a ${guide.category} app needs at least six checklist steps (has ${guide.checklist.length})`));
  }
  const riskRepeats = duplicates(guide.risks.map((risk) => risk.feature));
  guide.risks.forEach((risk, index) => {
    if (riskRepeats.has(risk.feature)) issues.push(issueAt(item, ['risks', index, 'feature'], `"${risk.feature}" is listed more than once`));
  });
  guide.escalateTo.forEach((id, index) => {
    if (!routeIds.has(id)) issues.push(issueAt(item, ['escalateTo', index], `"${id}" is not a help route in content/help`));
  });
  return issues;
}

function checkDataset(item: Located<Dataset>): ContentIssue[] {
  const dataset = item.value;
  const issues = checkIdMatchesFile(item);
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  const figureIds = new Set(dataset.figures.map((figure) => figure.id));
  const repeated = duplicates(dataset.figures.map((figure) => figure.id));
  dataset.figures.forEach((figure, index) => {
    if (repeated.has(figure.id)) issues.push(issueAt(item, ['figures', index, 'id'], `"${figure.id}" is used by more than one figure`));
    if (!sourceIds.has(figure.source)) issues.push(issueAt(item, ['figures', index, 'source'], `"${figure.source}" is not one of this dataset's sources`));
    if (figure.of !== undefined && !figureIds.has(figure.of)) {
      issues.push(issueAt(item, ['figures', index, 'of'], `"${figure.of}" is not a figure in this dataset`));
    }
    figure.sumOf?.forEach((id, part) => {
      const counted = dataset.figures.find((other) => other.id === id);
      if (counted?.count === undefined) {
        issues.push(issueAt(item, ['figures', index, 'sumOf', part], `"${id}" is not a figure with a count in this dataset`));
      }
    });
  });
  return issues;
}

function checkArea(item: Located<Area>, routeIds: ReadonlySet<string>, datasets: readonly Dataset[]): ContentIssue[] {
  const issues = checkIdMatchesFile(item);
  const datasetIds = new Set(datasets.map((dataset) => dataset.id));
  const { headline } = item.value;
  const headlineFigure = datasets.find((dataset) => dataset.id === headline.dataset)?.figures.find((figure) => figure.id === headline.figure);
  if (headlineFigure?.count === undefined) {
    issues.push(issueAt(item, ['headline'], `"${headline.dataset}" has no figure "${headline.figure}" with a count`));
  }
  item.value.helpRoutes.forEach((id, index) => {
    if (!routeIds.has(id)) issues.push(issueAt(item, ['helpRoutes', index], `"${id}" is not a help route in content/help`));
  });
  item.value.datasets.forEach((id, index) => {
    if (!datasetIds.has(id)) issues.push(issueAt(item, ['datasets', index], `"${id}" is not a dataset in content/stats`));
  });
  const findFigure = (ref: { dataset: string; figure: string }) => datasets.find((d) => d.id === ref.dataset)?.figures.find((f) => f.id === ref.figure);
  const chartIds = duplicates(item.value.charts.map((chart) => chart.id));
  item.value.charts.forEach((chart, c) => {
    if (chartIds.has(chart.id)) issues.push(issueAt(item, ['charts', c, 'id'], `"${chart.id}" is used by more than one chart`));
    chart.points.forEach((point, p) => {
      const figure = findFigure(point.value);
      const path = ['charts', c, 'points', p, 'value'];
      if (!figure) issues.push(issueAt(item, path, `"${point.value.dataset}" has no figure "${point.value.figure}"`));
      else if (chart.measure === 'count' && figure.count === undefined && figure.sumOf === undefined && figure.words === undefined) {
        issues.push(issueAt(item, path, `a count chart needs a figure with a count (or words), and "${point.value.figure}" has none`));
      } else if (chart.measure === 'share' && figure.percent === undefined && figure.of === undefined && figure.words === undefined) {
        issues.push(issueAt(item, path, `a share chart needs a percentage, or a count with "of", and "${point.value.figure}" has neither`));
      }
    });
  });
  item.value.rates.forEach((rate, r) => {
    for (const key of ['count', 'population'] as const) {
      if (findFigure(rate[key])?.count === undefined) issues.push(issueAt(item, ['rates', r, key], `"${rate[key].dataset}" has no figure "${rate[key].figure}" with a count`));
    }
  });
  return issues;
}

function checkHelpFile(item: Located<HelpRoutesFile>, areaIds: ReadonlySet<string>, repeatedRoutes: ReadonlySet<string>, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const ids = new Set(item.value.routes.map((route) => route.id));
  item.value.strip.forEach((id, index) => {
    if (!ids.has(id)) issues.push(issueAt(item, ['strip', index], `"${id}" is not a help route in this file`));
  });
  item.value.routes.forEach((route, index) => {
    if (repeatedRoutes.has(route.id)) issues.push(issueAt(item, ['routes', index, 'id'], `"${route.id}" is used by more than one help route`));
    if (route.scope !== 'national' && !areaIds.has(route.scope)) {
      issues.push(issueAt(item, ['routes', index, 'scope'], `"${route.scope}" is not "national" or an area in content/areas`));
    }
    if (route.source.checked > today) issues.push(issueAt(item, ['routes', index, 'source', 'checked'], `${route.source.checked} is in the future`));
  });
  return issues;
}

function checkHelpPages(input: RuleInput, routeIds: ReadonlySet<string>, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const { firstHour, whichRoute, signs } = input;
  const checkDates = <T>(item: Located<T>) => {
    for (const source of sourcesIn(item.value)) {
      if (source.checked > today) issues.push(issueAt(item, [...source.path, 'checked'], `${source.checked} is in the future`));
    }
  };
  if (firstHour) {
    checkDates(firstHour);
    firstHour.value.steps.forEach((step, s) =>
      step.routes.forEach((id, r) => {
        if (!routeIds.has(id)) issues.push(issueAt(firstHour, ['steps', s, 'routes', r], `"${id}" is not a help route in content/help`));
      }),
    );
  }
  if (signs) checkDates(signs);
  if (whichRoute) {
    const questionIds = new Set(whichRoute.value.questions.map((q) => q.id));
    if (!questionIds.has(whichRoute.value.start)) issues.push(issueAt(whichRoute, ['start'], `"${whichRoute.value.start}" is not a question`));
    whichRoute.value.questions.forEach((question, q) =>
      question.answers.forEach((answer, a) => {
        if (answer.next !== undefined && !questionIds.has(answer.next)) {
          issues.push(issueAt(whichRoute, ['questions', q, 'answers', a, 'next'], `"${answer.next}" is not a question`));
        }
        answer.routes.forEach((id, r) => {
          if (!routeIds.has(id)) issues.push(issueAt(whichRoute, ['questions', q, 'answers', a, 'routes', r], `"${id}" is not a help route in content/help`));
        });
      }),
    );
  }
  return issues;
}

export function checkRules(input: RuleInput, today: string): ContentIssue[] {
  const routes = input.helpFiles.flatMap((file) => file.value.routes);
  const routeIds = new Set(routes.map((route) => route.id));
  const repeatedRoutes = duplicates(routes.map((route) => route.id));
  const areaIds = new Set(input.areas.map((area) => area.value.id));
  return [
    ...input.guides.flatMap((guide) => checkGuide(guide, routeIds, today)),
    ...input.datasets.flatMap(checkDataset),
    ...input.areas.flatMap((area) => checkArea(area, routeIds, input.datasets.map((dataset) => dataset.value))),
    ...input.helpFiles.flatMap((file) => checkHelpFile(file, areaIds, repeatedRoutes, today)),
    ...checkHelpPages(input, routeIds, today),
    ...(input.release ? checkChangeLogs(input.guides, input.release) : []),
  ];
}
