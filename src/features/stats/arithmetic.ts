// Numbers worked out from the published figures: shares, sums and rates. Published values are
// stored once in content/stats; everything derived is computed here and unit-tested against the
// statistics brief (18 of 28 is 64%; 176 of 956 is 18.4%).
import type { Dataset, Figure } from '../../content/schema/stats';

/** part as a percentage of whole. */
export function share(part: number, whole: number): number {
  if (whole <= 0) throw new RangeError('a share needs a whole greater than zero');
  return (part / whole) * 100;
}

/**
 * How many decimals a derived percentage deserves: a whole number for small bases (one case in
 * 28 is already 3.6 points), one decimal from a base of 100 up.
 */
export function shareDecimals(whole: number): number {
  return whole >= 100 ? 1 : 0;
}

/** Rounds half away from zero, as people do by hand (64.28 -> 64, 18.41 -> 18.4, 12.5 -> 13). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}

/** A derived share, rounded for display. */
export function roundedShare(part: number, whole: number): number {
  return roundTo(share(part, whole), shareDecimals(whole));
}

/** A rate per 100,000 people (e.g. offences per 100,000 children), to one decimal. */
export function ratePer100k(count: number, population: number): number {
  if (population <= 0) throw new RangeError('a rate needs a population greater than zero');
  return roundTo((count / population) * 100_000, 1);
}

/** A figure with what can be worked out from it. */
export interface ResolvedFigure {
  figure: Figure;
  /** The count: published, or the sum of the figures in sumOf. */
  count?: number;
  /** True when the count was added up here rather than published. */
  countDerived: boolean;
  /** The figure it is a share of. */
  base?: ResolvedFigure;
  /** count as a share of the base's count, rounded for display (our arithmetic). */
  derivedPercent?: number;
}

export function resolveFigure(dataset: Dataset, id: string, seen: ReadonlySet<string> = new Set()): ResolvedFigure {
  if (seen.has(id)) throw new Error(`figure ${id} refers to itself`);
  const figure = dataset.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id} in dataset ${dataset.id}`);
  const inner = new Set([...seen, id]);
  let count = figure.count;
  let countDerived = false;
  if (figure.sumOf) {
    count = figure.sumOf.reduce((total, part) => total + (resolveFigure(dataset, part, inner).count ?? 0), 0);
    countDerived = true;
  }
  const base = figure.of === undefined ? undefined : resolveFigure(dataset, figure.of, inner);
  const derivedPercent = count !== undefined && base?.count !== undefined ? roundedShare(count, base.count) : undefined;
  return { figure, count, countDerived, base, derivedPercent };
}
