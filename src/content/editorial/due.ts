// What is due for a check: every step, guide, help route and figure whose checked date is older
// than its review interval (six months unless its source says `reviewEvery`), oldest first, each
// with where to edit it and the page to check it against. `npm run content:due` prints it.
import { isStale } from '../../features/freshness/is-stale';
import type { Guide } from '../schema/guide';
import type { HelpRoute } from '../schema/help';
import type { Dataset } from '../schema/stats';

/** How often a fact is checked again, in months, when its source does not say. */
export const DEFAULT_REVIEW_MONTHS = 6;

export type DueKind = 'step' | 'guide' | 'help-route' | 'figure';

export interface DueItem {
  kind: DueKind;
  /** The file to edit, relative to the project root. */
  file: string;
  /** Which one: "snapchat/turn-on-ghost-mode" for a step, "nspcc-2019/total" for a figure, else the id. */
  id: string;
  /** The step's title, the guide's or route's name, or the figure's label. */
  label: string;
  /** When it was last checked (YYYY-MM-DD). */
  checked: string;
  /** Its review interval in months. */
  reviewEvery: number;
  /** The page to check it against, when there is one. */
  url?: string;
}

export interface DueInput {
  guides: readonly Guide[];
  helpRoutes: readonly HelpRoute[];
  datasets: readonly Dataset[];
}

export interface DueOptions {
  /** The date to judge by (YYYY-MM-DD). */
  today: string;
  /** The interval for facts whose source does not set `reviewEvery`; six months by default. */
  months?: number;
}

/** Every dated fact that can fall due, due or not. */
export function datedItems(input: DueInput, months = DEFAULT_REVIEW_MONTHS): DueItem[] {
  const items: DueItem[] = [];
  for (const guide of input.guides) {
    const file = `content/apps/${guide.id}.yaml`;
    items.push({ kind: 'guide', file, id: guide.id, label: guide.name, checked: guide.reviewed, reviewEvery: months, url: guide.officialLinks.help });
    for (const step of guide.checklist) {
      items.push({ kind: 'step', file, id: `${guide.id}/${step.id}`, label: step.title, checked: step.source.checked, reviewEvery: step.source.reviewEvery ?? months, url: step.source.url });
    }
  }
  for (const route of input.helpRoutes) {
    items.push({ kind: 'help-route', file: 'content/help/routes.yaml', id: route.id, label: route.name, checked: route.source.checked, reviewEvery: route.source.reviewEvery ?? months, url: route.source.url });
  }
  for (const dataset of input.datasets) {
    for (const figure of dataset.figures) {
      const source = dataset.sources.find((s) => s.id === figure.source);
      if (source?.checked === undefined) continue;
      items.push({ kind: 'figure', file: `content/stats/${dataset.id}.yaml`, id: `${dataset.id}/${figure.id}`, label: figure.label, checked: source.checked, reviewEvery: source.reviewEvery ?? months, url: source.url });
    }
  }
  return items;
}

const KIND_ORDER: readonly DueKind[] = ['guide', 'step', 'help-route', 'figure'];

/** What is due on `today`, oldest check first (then guides before their steps, then by id). */
export function dueItems(input: DueInput, options: DueOptions): DueItem[] {
  return datedItems(input, options.months)
    .filter((item) => isStale(item.checked, options.today, item.reviewEvery))
    .sort((a, b) => a.checked.localeCompare(b.checked) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.id.localeCompare(b.id));
}

/** Figures whose source has no `checked` date, so they can never fall due: the editor should add one. */
export function undatedFigures(datasets: readonly Dataset[]): number {
  return datasets.reduce((sum, dataset) => sum + dataset.figures.filter((figure) => dataset.sources.find((s) => s.id === figure.source)?.checked === undefined).length, 0);
}

const KIND_LABEL: Record<DueKind, string> = { guide: 'guide', step: 'step', 'help-route': 'help route', figure: 'figure' };

/** The list as an editor reads it in a terminal. */
export function formatDue(items: readonly DueItem[], today: string): string {
  if (items.length === 0) return `Nothing is due: every step, guide, help route and figure was checked within its review interval (as of ${today}).`;
  const idWidth = Math.min(48, Math.max(...items.map((item) => item.id.length)));
  const lines = items.map((item) => {
    const head = `${item.checked}  ${KIND_LABEL[item.kind].padEnd(10)}  ${item.id.padEnd(idWidth)}  "${item.label}" (every ${item.reviewEvery} months; ${item.file})`;
    return item.url === undefined ? `${head}\n            no source address: find the page again by its title` : `${head}\n            ${item.url}`;
  });
  return `${lines.join('\n')}\n\n${items.length} due for a check as of ${today}, oldest first.`;
}
