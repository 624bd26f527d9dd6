import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, activeProfile, emptyData, readSaved, setArea, setTick } from '../../src/features/progress/model';

describe('readSaved', () => {
  it('starts empty when nothing is stored', () => {
    expect(readSaved(null)).toEqual({ kind: 'empty', data: emptyData() });
  });

  it('reads back what was written', () => {
    const data = setTick(emptyData(), 'snapchat', 'turn-on-ghost-mode', true, '2026-11-28');
    const result = readSaved(JSON.stringify(data));
    expect(result.kind).toBe('ok');
    expect(activeProfile(result.data).ticks).toEqual({ snapchat: { 'turn-on-ghost-mode': '2026-11-28' } });
  });

  it.each([
    ['not JSON', '{oops', 'not valid JSON'],
    ['no version', '{"profiles":[]}', 'no version number'],
    ['a string', '"hello"', 'no version number'],
    ['no profiles', JSON.stringify({ version: 1, profiles: [], activeProfile: 'default', area: null }), 'no profiles'],
    ['a tick without a date', JSON.stringify({ version: 1, profiles: [{ id: 'default', name: '', ticks: { a: { b: true } } }], activeProfile: 'default', area: null }), 'profile default has a tick without a date'],
    ['a missing active profile', JSON.stringify({ version: 1, profiles: [{ id: 'default', name: '', ticks: {} }], activeProfile: 'other', area: null }), 'the active profile does not exist'],
    ['an area that is not text', JSON.stringify({ version: 1, profiles: [{ id: 'default', name: '', ticks: {} }], activeProfile: 'default', area: 7 }), 'the area is not text'],
  ])('calls %s corrupt, with a reason, and never throws', (_name, raw, reason) => {
    const result = readSaved(raw);
    expect(result).toMatchObject({ kind: 'corrupt', reason });
    expect(result.data).toEqual(emptyData());
  });

  it('recognises data from a newer version and does not try to read it', () => {
    const result = readSaved(JSON.stringify({ version: CURRENT_VERSION + 1, anything: true }));
    expect(result).toMatchObject({ kind: 'newer', version: CURRENT_VERSION + 1 });
  });
});

describe('changes', () => {
  it('ticks and unticks a step, removing empty guides', () => {
    const ticked = setTick(emptyData(), 'instagram', 'private-account', true, '2026-11-28');
    expect(activeProfile(ticked).ticks.instagram).toEqual({ 'private-account': '2026-11-28' });
    const unticked = setTick(ticked, 'instagram', 'private-account', false, '2026-11-29');
    expect(activeProfile(unticked).ticks).toEqual({});
  });

  it('does not change the data it was given', () => {
    const before = emptyData();
    setTick(before, 'x', 'y', true, '2026-11-28');
    expect(before).toEqual(emptyData());
  });

  it('remembers the chosen area', () => {
    expect(setArea(emptyData(), 'derbyshire').area).toBe('derbyshire');
  });
});
