// The shapes the browser receives. The content plugin builds these at build time from validated
// content, joining what each page needs so a page loads one small module and nothing else.
import type { Area } from './schema/area';
import type { Category, Guide, RiskFeature, RiskLevel } from './schema/guide';
import type { HelpRoute } from './schema/help';
import type { LawFile, LawLine } from './schema/law';
import type { Dataset, Qualifier } from './schema/stats';
import { guideReport, type GuideReportRow } from './editorial/report';

/** One line of the guide list: enough to search, filter and link, and nothing more. */
export interface GuideSummary {
  id: string;
  name: string;
  aliases: string[];
  category: Category;
  minimumAge: number | null;
  risks: { feature: RiskFeature; level: RiskLevel }[];
  stepCount: number;
  reviewed: string;
}

/** A local figure about this guide's app, e.g. "7 of the 28 offences ... involved Snapchat". */
export interface LocalNote {
  areaId: string;
  areaName: string;
  /** What the figure counts, e.g. "involved Snapchat". */
  label: string;
  count?: number;
  percent?: number;
  qualifier: Qualifier;
  /** The base: a published count with its label, or words. */
  base: { count?: number; label: string };
  period: string;
  publisher: string;
  published: string;
}

export interface GuidePageData {
  guide: Guide;
  /** The help routes named in the guide's escalateTo, in that order. */
  escalation: HelpRoute[];
  /** Figures from the local areas' datasets that name this app. */
  localNotes: LocalNote[];
  /** What the Online Safety Act now asks of this kind of service (content/law), for the guide's law.coverage. */
  law: LawLine[];
}

export interface AreaPageData {
  area: Area;
  /** Every dataset the page needs, whole: those it shows as sections (area.datasets) and those its charts and rates use. */
  datasets: Dataset[];
  /** The area's local help routes, in the order the area lists them. */
  helpRoutes: HelpRoute[];
}

export interface AreaSummary {
  id: string;
  name: string;
  police: string;
  /** The area's headline count (e.g. 28 offences), with its period, for the home page. */
  headline: { count: number; label: string; period: string };
}

export function toGuideSummary(guide: Guide): GuideSummary {
  return {
    id: guide.id,
    name: guide.name,
    aliases: guide.aliases,
    category: guide.category,
    minimumAge: guide.ages.minimum ?? null,
    risks: guide.risks.map(({ feature, level }) => ({ feature, level })),
    stepCount: guide.checklist.length,
    reviewed: guide.reviewed,
  };
}

/** The items with these ids, in the order of the ids; unknown ids are skipped. */
export function pickById<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => {
    const item = byId.get(id);
    return item === undefined ? [] : [item];
  });
}

/** Geographies that are not local: their figures appear on the national page, not in guides. */
const NATIONAL = new Set(['england-and-wales', 'uk']);

export function localNotesFor(guideId: string, areas: readonly Area[], datasets: readonly Dataset[]): LocalNote[] {
  return areas
    .filter((area) => !NATIONAL.has(area.geography))
    .flatMap((area) =>
      pickById(datasets, area.datasets).flatMap((dataset) =>
        dataset.figures
          .filter((figure) => figure.geography === area.geography && figure.platforms.includes(guideId))
          .flatMap((figure) => {
            const source = dataset.sources.find((s) => s.id === figure.source);
            const base = dataset.figures.find((f) => f.id === figure.of);
            const baseLabel = base?.label ?? figure.baseLabel;
            if (!source || baseLabel === undefined || (figure.count === undefined && figure.percent === undefined)) return [];
            return [
              {
                areaId: area.id,
                areaName: area.name,
                label: figure.label,
                count: figure.count,
                percent: figure.percent,
                qualifier: figure.qualifier,
                base: { count: base?.count, label: baseLabel },
                period: dataset.period.label,
                publisher: source.publisher,
                published: source.published,
              },
            ];
          }),
      ),
    );
}

/** The law lines a guide shows for how the Act reaches its service: both lines for a user-to-user service with search. */
export function lawLinesFor(coverage: Guide['law']['coverage'], law: LawFile | undefined): LawLine[] {
  if (!law) return [];
  const { lines } = law;
  if (coverage === 'user-to-user-and-search') return [lines['user-to-user'], lines.search];
  return [lines[coverage]];
}

export function toGuidePageData(guide: Guide, routes: readonly HelpRoute[], areas: readonly Area[] = [], datasets: readonly Dataset[] = [], law?: LawFile): GuidePageData {
  return { guide, escalation: pickById(routes, guide.escalateTo), localNotes: localNotesFor(guide.id, areas, datasets), law: lawLinesFor(guide.law.coverage, law) };
}

export function toAreaPageData(area: Area, datasets: readonly Dataset[], routes: readonly HelpRoute[]): AreaPageData {
  const used = new Set([
    ...area.datasets,
    area.headline.dataset,
    ...area.charts.flatMap((chart) => chart.points.map((point) => point.value.dataset)),
    ...area.rates.flatMap((rate) => [rate.count.dataset, rate.population.dataset]),
  ]);
  return { area, datasets: datasets.filter((d) => used.has(d.id)), helpRoutes: pickById(routes, area.helpRoutes) };
}

export function toAreaSummary(area: Area, datasets: readonly Dataset[]): AreaSummary {
  const dataset = datasets.find((d) => d.id === area.headline.dataset);
  const figure = dataset?.figures.find((f) => f.id === area.headline.figure);
  if (!dataset || figure?.count === undefined) throw new Error(`area ${area.id}: headline figure not found`);
  return {
    id: area.id,
    name: area.name,
    police: area.police,
    headline: { count: figure.count, label: figure.label, period: dataset.period.label },
  };
}

/** What the sources and method page shows: how much is confirmed, and where every figure and number comes from. */
export interface SourcesPageData {
  checking: { guides: number; steps: number; verifiedSteps: number; oldestReview: string; newestReview: string };
  /** Per guide, by name: its steps, how many are confirmed, and its oldest check (src/content/editorial/report.ts). */
  guideChecks: GuideReportRow[];
  datasets: Dataset[];
  routes: Pick<HelpRoute, 'id' | 'name' | 'source' | 'verification'>[];
}

export function toSourcesPageData(guides: readonly Guide[], datasets: readonly Dataset[], routes: readonly HelpRoute[]): SourcesPageData {
  const steps = guides.flatMap((guide) => guide.checklist);
  const reviews = guides.map((guide) => guide.reviewed).sort();
  return {
    checking: {
      guides: guides.length,
      steps: steps.length,
      verifiedSteps: steps.filter((step) => step.status === 'verified').length,
      oldestReview: reviews[0] ?? '',
      newestReview: reviews.at(-1) ?? '',
    },
    guideChecks: guideReport(guides).rows,
    datasets: [...datasets].sort((a, b) => a.period.from.localeCompare(b.period.from)),
    routes: routes.map(({ id, name, source, verification }) => ({ id, name, source, verification })),
  };
}
