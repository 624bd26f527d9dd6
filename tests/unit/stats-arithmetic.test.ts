import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/content/schema/stats';
import { ratePer100k, resolveFigure, roundTo, roundedShare, share } from '../../src/features/stats/arithmetic';

describe('derived shares match the statistics brief', () => {
  it('18 of 28 is 64%', () => expect(roundedShare(18, 28)).toBe(64));
  it('176 of 956 is 18.4%', () => expect(roundedShare(176, 956)).toBe(18.4));
  it('11 of 28 is 39% and 7 of 28 is 25%', () => {
    expect(roundedShare(11, 28)).toBe(39);
    expect(roundedShare(7, 28)).toBe(25);
  });
  it('uses one decimal from a base of 100 up', () => {
    expect(roundedShare(1, 99)).toBe(1);
    expect(roundedShare(1, 100)).toBe(1);
    expect(roundedShare(1, 300)).toBe(0.3);
  });
  it('rounds halves away from zero', () => {
    expect(roundTo(12.5, 0)).toBe(13);
    expect(roundTo(0.125, 2)).toBe(0.13);
  });
  it('refuses a zero base', () => expect(() => share(1, 0)).toThrow(RangeError));
});

describe('rates', () => {
  it('works out a rate per 100,000 to one decimal', () => {
    // 28 offences among 201,746 children under 16 (Staffordshire police area, mid-2017).
    expect(ratePer100k(28, 201_746)).toBe(13.9);
  });
  it('refuses a zero population', () => expect(() => ratePer100k(1, 0)).toThrow(RangeError));
});

const dataset: Dataset = {
  id: 'test',
  title: 'Test',
  offence: 'Test offence',
  period: { from: '2017-04-03', label: 'test period' },
  sources: [{ id: 's', publisher: 'P', title: 'T', published: '2018-05-02', basis: 'B' }],
  figures: [
    { id: 'total', geography: 'staffordshire', label: 'total', count: 28, qualifier: 'exact', platforms: [], source: 's' },
    { id: 'a', geography: 'staffordshire', label: 'a', count: 11, of: 'total', qualifier: 'exact', platforms: [], source: 's' },
    { id: 'b', geography: 'staffordshire', label: 'b', count: 7, of: 'total', qualifier: 'exact', platforms: [], source: 's' },
    { id: 'both', geography: 'staffordshire', label: 'both', words: 'two thirds', sumOf: ['a', 'b'], of: 'total', qualifier: 'exact', platforms: [], source: 's' },
    { id: 'pct', geography: 'staffordshire', label: 'pct', percent: 52, of: 'total', qualifier: 'exact', platforms: [], source: 's' },
  ],
  caveats: [],
};

describe('resolveFigure', () => {
  it('derives a share from a count and its base', () => {
    const resolved = resolveFigure(dataset, 'a');
    expect(resolved.count).toBe(11);
    expect(resolved.countDerived).toBe(false);
    expect(resolved.base?.count).toBe(28);
    expect(resolved.derivedPercent).toBe(39);
  });
  it('adds up a sumOf figure and marks it as ours', () => {
    const resolved = resolveFigure(dataset, 'both');
    expect(resolved.count).toBe(18);
    expect(resolved.countDerived).toBe(true);
    expect(resolved.derivedPercent).toBe(64);
  });
  it('does not invent a count for a published percentage', () => {
    const resolved = resolveFigure(dataset, 'pct');
    expect(resolved.count).toBeUndefined();
    expect(resolved.derivedPercent).toBeUndefined();
  });
  it('fails loudly for an unknown figure', () => expect(() => resolveFigure(dataset, 'nope')).toThrow(/no figure nope/));
});
