import { describe, expect, it } from 'vitest';
import { activeProfile, emptyData, setTick } from '../../src/features/progress/model';
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
