import { describe, expect, it } from 'vitest';
import { addMonths, appliesAt, buildPlan, recheckDue } from '../../src/features/family/plan';
import type { PlanGuide } from '../../src/features/family/plan-data';
import { ageToday, defaultProfile, type Profile } from '../../src/features/progress/model';

const step = (id: string, ages?: { from?: number; to?: number }) => ({ id, title: `Do ${id}`, why: 'Because.', paths: [{ platforms: ['ios' as const], menu: ['Settings'] }], status: 'verified' as const, ...(ages ? { ages } : {}) });

const guide = (id: string, extra: Partial<PlanGuide> = {}): PlanGuide => ({
  id,
  name: id,
  category: 'social',
  minimum: 13,
  underMinimum: null,
  adultAccount: null,
  highRisks: 1,
  steps: [step('a'), step('teen-only', { from: 13, to: 17 }), step('young-only', { to: 12 })],
  changes: [],
  reviewed: '2026-11-01',
  ...extra,
});

const child = (extra: Partial<Profile> = {}): Profile => ({ ...defaultProfile(), id: 'c1', name: 'Sam', age: { years: 11, on: '2026-06-01' }, ...extra });
const guides = (...list: PlanGuide[]) => new Map(list.map((g) => [g.id, g]));

describe('dates', () => {
  it('adds calendar months, keeping the day where the month has it', () => {
    expect(addMonths('2026-03-14', 6)).toBe('2026-09-14');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
  });

  it('asks for a re-check only once more than six months have passed', () => {
    expect(recheckDue('2026-03-14', '2026-09-14')).toBe(false);
    expect(recheckDue('2026-03-14', '2026-09-15')).toBe(true);
    expect(recheckDue('2026-11-30', '2026-12-02')).toBe(false);
  });

  it('ages a child a year each year from the day the age was given, up to 18', () => {
    expect(ageToday({ years: 11, on: '2026-06-01' }, '2027-05-31')).toBe(11);
    expect(ageToday({ years: 11, on: '2026-06-01' }, '2027-06-01')).toBe(12);
    expect(ageToday({ years: 17, on: '2020-01-01' }, '2026-12-02')).toBe(18);
    expect(ageToday(null, '2026-12-02')).toBeNull();
  });
});

describe('building a plan', () => {
  it('keeps only the steps for the child’s age, and counts the others', () => {
    const plan = buildPlan(child({ apps: ['snapchat'] }), guides(guide('snapchat')), '2026-12-02');
    expect(plan.groups[0]!.steps.map((s) => s.step.id)).toEqual(['a', 'young-only']);
    expect(plan.groups[0]!.otherAges).toBe(1);
    const older = buildPlan(child({ apps: ['snapchat'], age: { years: 15, on: '2026-06-01' } }), guides(guide('snapchat')), '2026-12-02');
    expect(older.groups[0]!.steps.map((s) => s.step.id)).toEqual(['a', 'teen-only']);
  });

  it('shows every step when the age is not given', () => {
    expect(appliesAt(step('x', { from: 16 }), null)).toBe(true);
    const plan = buildPlan(child({ apps: ['snapchat'], age: null }), guides(guide('snapchat')), '2026-12-02');
    expect(plan.total).toBe(3);
    expect(plan.groups[0]!.underAge).toBe(false);
  });

  it('flags apps below their minimum age without hiding them', () => {
    const plan = buildPlan(child({ apps: ['snapchat', 'minecraft'] }), guides(guide('snapchat'), guide('minecraft', { minimum: null })), '2026-12-02');
    expect(plan.groups.map((g) => [g.guide.id, g.underAge])).toEqual([
      ['snapchat', true],
      ['minecraft', false],
    ]);
  });

  it('puts apps with more high risks first, keeping the picked order for ties', () => {
    const plan = buildPlan(child({ apps: ['netflix', 'roblox', 'snapchat', 'youtube'] }), guides(guide('netflix', { highRisks: 0 }), guide('roblox', { highRisks: 2 }), guide('snapchat', { highRisks: 3 }), guide('youtube', { highRisks: 0 })), '2026-12-02');
    expect(plan.groups.map((g) => g.guide.id)).toEqual(['snapchat', 'roblox', 'netflix', 'youtube']);
  });

  it('counts progress per app and in all, and lists apps whose guide is gone', () => {
    const plan = buildPlan(child({ apps: ['snapchat', 'gone'], ticks: { snapchat: { a: '2026-11-01', 'teen-only': '2026-11-01' } } }), guides(guide('snapchat')), '2026-12-02');
    // The teen-only tick is kept but does not count for an 11 year old.
    expect([plan.done, plan.total, plan.groups[0]!.done]).toEqual([1, 2, 1]);
    expect(plan.missing).toEqual(['gone']);
  });

  it('asks to re-check steps ticked more than six months ago', () => {
    const plan = buildPlan(child({ apps: ['snapchat'], ticks: { snapchat: { a: '2026-05-01', 'young-only': '2026-11-01' } } }), guides(guide('snapchat')), '2026-12-02');
    expect(plan.groups[0]!.steps.map((s) => s.recheck)).toEqual([true, false]);
    expect(plan.recheck).toBe(1);
  });
});

describe('what changed between two versions of a guide', () => {
  const before = guide('snapchat', { changes: [{ date: '2026-01-10', summary: 'First written.' }] });
  const after = guide('snapchat', {
    steps: [...before.steps, step('new-step')],
    changes: [
      { date: '2026-11-20', summary: 'Snapchat renamed the menu.', steps: ['a'] },
      { date: '2026-11-20', summary: 'Added a step on the new setting.', steps: ['new-step'] },
      ...before.changes,
    ],
  });
  const sam = child({ apps: ['snapchat'], changesSeen: '2026-10-01', ticks: { snapchat: { a: '2026-10-01', 'young-only': '2026-10-01' } } });

  it('marks nothing while the guide is as it was when ticked', () => {
    const plan = buildPlan(sam, guides(before), '2026-12-02');
    expect(plan.changes).toEqual([]);
    expect(plan.groups[0]!.steps.every((s) => s.changedSinceTick.length === 0 && s.updatedSinceSeen.length === 0)).toBe(true);
  });

  it('marks a ticked step changed since, and a new step, with the lines that say why', () => {
    const plan = buildPlan(sam, guides(after), '2026-12-02');
    const byId = new Map(plan.groups[0]!.steps.map((s) => [s.step.id, s]));
    expect(byId.get('a')!.changedSinceTick.map((line) => line.summary)).toEqual(['Snapchat renamed the menu.']);
    expect(byId.get('young-only')!.changedSinceTick).toEqual([]);
    expect(byId.get('new-step')!.updatedSinceSeen.map((line) => line.summary)).toEqual(['Added a step on the new setting.']);
    expect(plan.changes.map((c) => c.line.summary)).toEqual(['Snapchat renamed the menu.', 'Added a step on the new setting.']);
  });

  it('stops listing changes once the parent has seen them, but keeps the per-step mark until re-ticked', () => {
    const plan = buildPlan({ ...sam, changesSeen: '2026-11-25' }, guides(after), '2026-12-02');
    expect(plan.changes).toEqual([]);
    expect(plan.groups[0]!.steps.find((s) => s.step.id === 'a')!.changedSinceTick).toHaveLength(1);
    const reticked = buildPlan({ ...sam, ticks: { snapchat: { a: '2026-11-26' } } }, guides(after), '2026-12-02');
    expect(reticked.groups[0]!.steps.find((s) => s.step.id === 'a')!.changedSinceTick).toEqual([]);
  });
});
