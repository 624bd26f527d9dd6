import { describe, expect, it } from 'vitest';
import { activeProfile, emptyData, setTick } from '../../src/features/progress/model';
import { exportText, importText } from '../../src/features/progress/transfer';

const withTicks = (...ticks: [string, string, string][]) => ticks.reduce((data, [guide, step, date]) => setTick(data, guide, step, true, date), emptyData());

describe('moving ticks between devices', () => {
  it('round-trips a saved copy', () => {
    const saved = withTicks(['snapchat', 'ghost-mode', '2026-11-01']);
    const result = importText(emptyData(), exportText(saved));
    expect(result).toMatchObject({ ok: true, added: 1 });
    if (result.ok) expect(activeProfile(result.data).ticks).toEqual({ snapchat: { 'ghost-mode': '2026-11-01' } });
  });

  it('adds to what is already ticked and never removes it, keeping the earlier date', () => {
    const here = withTicks(['snapchat', 'a', '2026-11-20'], ['roblox', 'b', '2026-11-20']);
    const file = exportText(withTicks(['snapchat', 'a', '2026-11-02'], ['snapchat', 'c', '2026-11-03']));
    const result = importText(here, file);
    expect(result).toMatchObject({ ok: true, added: 1 });
    if (result.ok) {
      expect(activeProfile(result.data).ticks).toEqual({ snapchat: { a: '2026-11-02', c: '2026-11-03' }, roblox: { b: '2026-11-20' } });
    }
  });

  it.each([
    ['not JSON', 'hello'],
    ['JSON of the wrong shape', '{"name": "a photo"}'],
    ['a list', '[1, 2, 3]'],
    ['null', 'null'],
  ])('refuses %s without changing anything', (_name, text) => {
    expect(importText(withTicks(['x', 'y', '2026-11-01']), text)).toEqual({ ok: false, reason: 'not-ours' });
  });

  it('refuses a file from a newer version', () => {
    expect(importText(emptyData(), '{"version": 9}')).toEqual({ ok: false, reason: 'newer' });
  });

  it('says when a file has no ticks', () => {
    expect(importText(emptyData(), exportText(emptyData()))).toEqual({ ok: false, reason: 'empty' });
  });
});
