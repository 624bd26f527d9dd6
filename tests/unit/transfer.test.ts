import { describe, expect, it } from 'vitest';
import { activeProfile, addChild, emptyData, setActive, setApps, setTick } from '../../src/features/progress/model';
import { exportText, importText, type KnownContent } from '../../src/features/progress/transfer';

const withTicks = (...ticks: [string, string, string][]) => ticks.reduce((data, [guide, step, date]) => setTick(data, guide, step, true, date), emptyData());

const known: KnownContent = {
  steps: new Map([
    ['snapchat', new Set(['a', 'c', 'ghost-mode'])],
    ['roblox', new Set(['b'])],
  ]),
  areas: new Set(['staffordshire', 'derbyshire']),
};

/** A saved copy written by hand, as a tampered or foreign file would be. */
const file = (ticks: unknown, area: unknown = null) =>
  JSON.stringify({ version: 1, profiles: [{ id: 'default', name: '', ticks }], activeProfile: 'default', area, exportedBy: 'safe-online' });

describe('moving ticks between devices', () => {
  it('round-trips a saved copy', () => {
    const saved = withTicks(['snapchat', 'ghost-mode', '2026-11-01']);
    const result = importText(emptyData(), exportText(saved), known);
    expect(result).toMatchObject({ ok: true, report: { added: 1 } });
    if (result.ok) expect(activeProfile(result.data).ticks).toEqual({ snapchat: { 'ghost-mode': '2026-11-01' } });
  });

  it('adds to what is already ticked and never removes it, keeping the earlier date', () => {
    const here = withTicks(['snapchat', 'a', '2026-11-20'], ['roblox', 'b', '2026-11-20']);
    const copy = exportText(withTicks(['snapchat', 'a', '2026-11-02'], ['snapchat', 'c', '2026-11-03']));
    const result = importText(here, copy, known);
    expect(result).toMatchObject({ ok: true, report: { added: 1, skipped: { 'already-ticked': 1 } } });
    if (result.ok) {
      expect(activeProfile(result.data).ticks).toEqual({ snapchat: { a: '2026-11-02', c: '2026-11-03' }, roblox: { b: '2026-11-20' } });
    }
  });

  it('skips ticks for guides and steps this version does not have, and says how many', () => {
    const result = importText(emptyData(), file({ snapchat: { a: '2026-11-01', gone: '2026-11-01' }, 'no-such-app': { x: '2026-11-01', y: '2026-11-01' } }), known);
    expect(result).toMatchObject({ ok: true, report: { added: 1, skipped: { 'unknown-guide': 2, 'unknown-step': 1, 'already-ticked': 0 } } });
    if (result.ok) expect(activeProfile(result.data).ticks).toEqual({ snapchat: { a: '2026-11-01' } });
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('never stores or counts a "%s" key', (key) => {
    const text = `{"version":1,"profiles":[{"id":"default","name":"","ticks":{"${key}":{"a":"2026-11-01"},"snapchat":{"${key}":"2026-11-01"}}}],"activeProfile":"default","area":null}`;
    const result = importText(emptyData(), text, known);
    expect(result).toMatchObject({ ok: true, report: { added: 0, skipped: { 'unknown-guide': 1, 'unknown-step': 1 } } });
    if (result.ok) {
      const ticks = activeProfile(result.data).ticks;
      expect(Object.keys(ticks)).toEqual([]);
      expect(Object.getPrototypeOf(ticks)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).a).toBeUndefined();
    }
  });

  it('adopts a known area only when none is chosen, and ignores an unknown one', () => {
    expect(importText(emptyData(), file({}, 'derbyshire'), known)).toMatchObject({ ok: true, report: { area: 'derbyshire', unknownArea: false } });
    const unknown = importText(emptyData(), file({ snapchat: { a: '2026-11-01' } }, 'atlantis'), known);
    expect(unknown).toMatchObject({ ok: true, report: { area: null, unknownArea: true } });
    if (unknown.ok) expect(unknown.data.area).toBeNull();
    const mine = { ...emptyData(), area: 'staffordshire' };
    const kept = importText(mine, file({}, 'derbyshire'), known);
    if (kept.ok) expect(kept.data.area).toBe('staffordshire');
  });

  it.each([
    ['not JSON', 'hello'],
    ['JSON of the wrong shape', '{"name": "a photo"}'],
    ['a list', '[1, 2, 3]'],
    ['null', 'null'],
    ['a tick without a date', file({ snapchat: { a: true } })],
    ['a date that is not a date', file({ snapchat: { a: 'yesterday' } })],
  ])('refuses %s without changing anything', (_name, text) => {
    expect(importText(withTicks(['x', 'y', '2026-11-01']), text, known)).toEqual({ ok: false, reason: 'not-ours' });
  });

  it('refuses a file from a newer version', () => {
    expect(importText(emptyData(), '{"version": 9}', known)).toEqual({ ok: false, reason: 'newer' });
  });

  it('says when a file has no ticks', () => {
    expect(importText(emptyData(), exportText(emptyData()), known)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('moving a whole family between devices', () => {
  const family = () => {
    let data = addChild(emptyData(), 'c-sam', { name: 'Sam', age: { years: 9, on: '2026-12-01' } }, '2026-12-01');
    data = setApps(data, 'c-sam', ['roblox']);
    data = setTick(data, 'roblox', 'b', true, '2026-12-01');
    data = addChild(data, 'c-alex', { name: 'Alex', age: { years: 14, on: '2026-12-01' } }, '2026-12-01');
    data = setApps(data, 'c-alex', ['snapchat', 'no-such-app']);
    return setTick(data, 'snapchat', 'a', true, '2026-12-01');
  };

  it('brings every child, their age, plan and ticks to an empty phone', () => {
    const result = importText(emptyData(), exportText(family()), known);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.childrenAdded).toEqual(['Sam', 'Alex']);
    expect(result.data.profiles.map((p) => [p.name, p.age?.years, p.apps, p.ticks])).toEqual([
      ['Sam', 9, ['roblox'], { roblox: { b: '2026-12-01' } }],
      ['Alex', 14, ['snapchat'], { snapchat: { a: '2026-12-01' } }],
    ]);
  });

  it('merges into the same children on a phone that has them, by name, and adds nothing twice', () => {
    let here = addChild(emptyData(), 'other-id', { name: 'sam', age: { years: 9, on: '2026-12-01' } }, '2026-12-01');
    here = setTick(setApps(here, 'other-id', ['snapchat']), 'snapchat', 'c', true, '2026-12-02');
    const once = importText(here, exportText(family()), known);
    if (!once.ok) throw new Error('expected the import to work');
    expect(once.data.profiles.map((p) => [p.name, p.apps])).toEqual([
      ['sam', ['snapchat', 'roblox']],
      ['Alex', ['snapchat']],
    ]);
    expect(once.data.profiles[0]!.ticks).toEqual({ snapchat: { c: '2026-12-02' }, roblox: { b: '2026-12-01' } });
    const twice = importText(once.data, exportText(family()), known);
    if (!twice.ok) throw new Error('expected the import to work');
    expect(twice.data.profiles).toEqual(once.data.profiles);
    expect(twice.report).toMatchObject({ added: 0, childrenAdded: [] });
  });

  it('puts a version 1 copy’s ticks on the child ticks are being kept for', () => {
    const here = setActive(family(), 'c-sam');
    const result = importText(here, file({ snapchat: { a: '2026-10-01' } }), known);
    if (!result.ok) throw new Error('expected the import to work');
    expect(result.data.profiles.find((p) => p.id === 'c-sam')!.ticks.snapchat).toEqual({ a: '2026-10-01' });
    expect(result.data.profiles.find((p) => p.id === 'c-alex')!.ticks.snapchat).toEqual({ a: '2026-12-01' });
  });

  it('refuses a family file from a newer version, and a broken child, changing nothing', () => {
    const newer = JSON.stringify({ ...JSON.parse(exportText(family())), version: 3 });
    expect(importText(emptyData(), newer, known)).toEqual({ ok: false, reason: 'newer' });
    const broken = JSON.parse(exportText(family())) as { profiles: Record<string, unknown>[] };
    broken.profiles[1]!.apps = 'snapchat';
    expect(importText(emptyData(), JSON.stringify(broken), known)).toEqual({ ok: false, reason: 'not-ours' });
  });
});
