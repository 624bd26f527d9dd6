// What a family plan needs from one guide, written at build time to plan-data/<id>.json (one small
// file per guide, so a plan fetches only the guides in it and the cost stays flat however many
// guides there are). The service worker keeps the files of planned guides with their pages.
import type { AgeRange, Change, SettingPath } from '../../content/schema/common';
import type { Category, Guide } from '../../content/schema/guide';

export interface PlanStep {
  id: string;
  title: string;
  why: string;
  paths: SettingPath[];
  ages?: AgeRange;
  status: 'verified' | 'unverified';
}

export interface PlanGuide {
  id: string;
  name: string;
  category: Category;
  /** The minimum age in the app's terms, or null when they set none. */
  minimum: number | null;
  /** What the guide says happens under the minimum age, when it says. */
  underMinimum: string | null;
  /** Set when an adult must hold the account: how a child uses it instead. */
  adultAccount: string | null;
  /** How many of its risks are rated high: guides with more come first in a plan. */
  highRisks: number;
  /** The checklist, most protective first, as in the guide. */
  steps: PlanStep[];
  /** The guide's change log: a plan says which steps changed since they were ticked. */
  changes: Change[];
  reviewed: string;
}

/** Where a guide's plan data is, inside the site (add the base path with withBase). */
export function planDataPath(guideId: string): string {
  return `/plan-data/${guideId}.json`;
}

/** The folder they are written to in dist/: the service worker caches it at run time, never precaches it. */
export const PLAN_DATA_DIR = 'plan-data';

export function toPlanGuide(guide: Guide): PlanGuide {
  return {
    id: guide.id,
    name: guide.name,
    category: guide.category,
    minimum: guide.ages.minimum ?? null,
    underMinimum: guide.ages.underMinimum ?? null,
    adultAccount: guide.ages.adultAccount ?? null,
    highRisks: guide.risks.filter((risk) => risk.level === 'high').length,
    steps: guide.checklist.map((step) => ({
      id: step.id,
      title: step.title,
      why: step.why,
      paths: step.paths,
      ...(step.ages ? { ages: step.ages } : {}),
      status: step.status,
    })),
    changes: guide.changes,
    reviewed: guide.reviewed,
  };
}
