// Building one child's plan from the guides they use: pure, so every rule (ages, order, under-age
// flags, re-checks, what changed) is unit-tested without a page. The plan island, the family
// page and the home page's summary all count from here.
import type { Change } from '../../content/schema/common';
import { ageToday, type Profile } from '../progress/model';
import type { PlanGuide, PlanStep } from './plan-data';

/** Apps reset settings with updates: a step ticked longer ago than this asks to be checked again. */
export const RECHECK_MONTHS = 6;

/** The date `months` calendar months after `date` (YYYY-MM-DD), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** True when a step ticked on `tickedOn` was ticked more than six months before `today`. */
export function recheckDue(tickedOn: string, today: string): boolean {
  return addMonths(tickedOn, RECHECK_MONTHS) < today;
}

/** Whether a step is for a child of this age; every step is when the age is not given. */
export function appliesAt(step: Pick<PlanStep, 'ages'>, age: number | null): boolean {
  if (age === null || step.ages === undefined) return true;
  return (step.ages.from === undefined || age >= step.ages.from) && (step.ages.to === undefined || age <= step.ages.to);
}

/** Change-log lines about one step dated after `after`, newest first. */
function linesAbout(changes: readonly Change[], stepId: string, after: string): Change[] {
  return changes.filter((line) => line.date > after && line.steps?.includes(stepId) === true).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export interface PlanStepState {
  step: PlanStep;
  /** The day it was ticked or last confirmed, or null. */
  ticked: string | null;
  /** Ticked more than six months ago: ask the parent to check it still holds. */
  recheck: boolean;
  /** Ticked, and changed in the guide since: the change-log lines that say why. */
  changedSinceTick: Change[];
  /** Not ticked, and new or changed since the parent last looked at the plan's changes. */
  updatedSinceSeen: Change[];
}

export interface PlanGroup {
  guide: PlanGuide;
  /** The child is younger than the minimum age in the app's terms. */
  underAge: boolean;
  steps: PlanStepState[];
  /** Steps of this guide for other ages, left out of the plan. */
  otherAges: number;
  done: number;
}

export interface Plan {
  /** The child's age today, or null when not given. */
  age: number | null;
  groups: PlanGroup[];
  done: number;
  total: number;
  /** Ticked steps due a re-check. */
  recheck: number;
  /** Apps in the plan whose guide could not be loaded (gone from the guide, or not saved offline). */
  missing: string[];
  /** Lines from the plan's guides dated after the parent last looked, newest first. */
  changes: { guide: PlanGuide; line: Change }[];
}

/**
 * One child's plan: the steps that apply at their age, grouped by app, the apps with the most
 * high risks first (ties keep the order the parent picked), steps in each guide's own order,
 * which is most protective first. Apps below their minimum age are flagged, never left out.
 */
export function buildPlan(profile: Profile, guides: ReadonlyMap<string, PlanGuide>, today: string): Plan {
  const age = ageToday(profile.age, today);
  const missing: string[] = [];
  const picked: PlanGuide[] = [];
  for (const id of profile.apps) {
    const guide = guides.get(id);
    if (guide) picked.push(guide);
    else missing.push(id);
  }
  const ordered = picked.map((guide, index) => ({ guide, index })).sort((a, b) => b.guide.highRisks - a.guide.highRisks || a.index - b.index);
  const seen = profile.changesSeen;
  const groups = ordered.map(({ guide }): PlanGroup => {
    const ticks = profile.ticks[guide.id] ?? {};
    const applying = guide.steps.filter((step) => appliesAt(step, age));
    const steps = applying.map((step): PlanStepState => {
      const ticked = ticks[step.id] ?? null;
      return {
        step,
        ticked,
        recheck: ticked !== null && recheckDue(ticked, today),
        changedSinceTick: ticked === null ? [] : linesAbout(guide.changes, step.id, ticked),
        updatedSinceSeen: ticked !== null || seen === null ? [] : linesAbout(guide.changes, step.id, seen),
      };
    });
    return {
      guide,
      underAge: age !== null && guide.minimum !== null && age < guide.minimum,
      steps,
      otherAges: guide.steps.length - applying.length,
      done: steps.filter((s) => s.ticked !== null).length,
    };
  });
  const all = groups.flatMap((group) => group.steps);
  const changes =
    seen === null
      ? []
      : ordered
          .flatMap(({ guide }) => guide.changes.filter((line) => line.date > seen).map((line) => ({ guide, line })))
          .sort((a, b) => (a.line.date < b.line.date ? 1 : a.line.date > b.line.date ? -1 : 0));
  return { age, groups, done: all.filter((s) => s.ticked !== null).length, total: all.length, recheck: all.filter((s) => s.recheck).length, missing, changes };
}
