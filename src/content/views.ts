// The shapes the browser receives. The content plugin builds these at build time from validated
// content, joining what each page needs so a page loads one small module and nothing else.
import type { Area } from './schema/area';
import type { Category, Guide, RiskFeature, RiskLevel } from './schema/guide';
import type { HelpRoute } from './schema/help';
import type { Dataset } from './schema/stats';

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

export interface GuidePageData {
  guide: Guide;
  /** The help routes named in the guide's escalateTo, in that order. */
  escalation: HelpRoute[];
}

export interface AreaPageData {
  area: Area;
  /** The datasets the area shows, whole: the page picks the figures for its geography. */
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

export function toGuidePageData(guide: Guide, routes: readonly HelpRoute[]): GuidePageData {
  return { guide, escalation: pickById(routes, guide.escalateTo) };
}

export function toAreaPageData(area: Area, datasets: readonly Dataset[], routes: readonly HelpRoute[]): AreaPageData {
  return { area, datasets: pickById(datasets, area.datasets), helpRoutes: pickById(routes, area.helpRoutes) };
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
