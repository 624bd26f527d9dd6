// Turns a chart definition (content/areas) into rows to draw: each bar's number, worked out from
// the stored figures. A figure published only in words has no bar; it still appears in the table.
import type { Chart, Rate } from '../../content/schema/area';
import type { Dataset } from '../../content/schema/stats';
import { ratePer100k, resolveFigure, type ResolvedFigure } from './arithmetic';

export interface ChartRow {
  label: string;
  group?: string;
  /** The number the bar shows, or null when the source gave only words. */
  value: number | null;
  /** True when the number is our arithmetic (a sum or a share of counts), not published. */
  derived: boolean;
  resolved: ResolvedFigure;
  dataset: Dataset;
}

function lookup(datasets: readonly Dataset[], ref: { dataset: string; figure: string }): { dataset: Dataset; resolved: ResolvedFigure } {
  const dataset = datasets.find((d) => d.id === ref.dataset);
  if (!dataset) throw new Error(`no dataset ${ref.dataset}`);
  return { dataset, resolved: resolveFigure(dataset, ref.figure) };
}

export function chartRows(chart: Chart, datasets: readonly Dataset[]): ChartRow[] {
  return chart.points.map((point) => {
    const { dataset, resolved } = lookup(datasets, point.value);
    const { figure } = resolved;
    let value: number | null = null;
    let derived = false;
    if (chart.measure === 'count') {
      value = resolved.count ?? null;
      derived = resolved.countDerived;
    } else if (figure.percent !== undefined) {
      value = figure.percent;
    } else if (resolved.derivedPercent !== undefined) {
      value = resolved.derivedPercent;
      derived = true;
    }
    return { label: point.label, group: point.group, value, derived, resolved, dataset };
  });
}

/** What a full-width bar stands for: 100% for shares (so bars are never exaggerated), else the largest count. */
export function chartMax(rows: readonly ChartRow[], measure: Chart['measure']): number {
  return measure === 'share' ? 100 : Math.max(1, ...rows.map((row) => row.value ?? 0));
}

export interface RateResult {
  rate: number;
  count: number;
  population: number;
  countFigure: ResolvedFigure;
  populationFigure: ResolvedFigure;
  populationDataset: Dataset;
}

/** A rate per 100,000 from a stored count and a stored population. */
export function rateOf(rate: Rate, datasets: readonly Dataset[]): RateResult {
  const count = lookup(datasets, rate.count);
  const population = lookup(datasets, rate.population);
  if (count.resolved.count === undefined || population.resolved.count === undefined) throw new Error('a rate needs two counts');
  return {
    rate: ratePer100k(count.resolved.count, population.resolved.count),
    count: count.resolved.count,
    population: population.resolved.count,
    countFigure: count.resolved,
    populationFigure: population.resolved,
    populationDataset: population.dataset,
  };
}

/** Heights, in pixels, of the pieces of a bar chart. */
export const CHART_SIZES = { label: 26, group: 22, bar: 16, gap: 14 } as const;

export interface ChartLayout {
  labels: { label: string; top: number }[];
  bars: { row: ChartRow; top: number }[];
  height: number;
}

/** Where each label and bar goes, top to bottom: a label, then its bars (each with its group's name above). */
export function chartLayout(rows: readonly ChartRow[]): ChartLayout {
  const labels: ChartLayout['labels'] = [];
  const bars: ChartLayout['bars'] = [];
  let top = 0;
  for (const label of new Set(rows.map((row) => row.label))) {
    labels.push({ label, top });
    top += CHART_SIZES.label;
    for (const row of rows.filter((r) => r.label === label)) {
      bars.push({ row, top });
      top += (row.group ? CHART_SIZES.group : 0) + CHART_SIZES.bar + CHART_SIZES.gap;
    }
  }
  return { labels, bars, height: top };
}
