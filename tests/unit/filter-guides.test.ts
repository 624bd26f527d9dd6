import { describe, expect, it } from 'vitest';
import type { GuideSummary } from '../../src/content/views';
import { isStale } from '../../src/features/freshness/is-stale';
import { NO_FILTERS, filterGuides } from '../../src/features/search/filter-guides';

const guide = (id: string, overrides: Partial<GuideSummary>): GuideSummary => ({
  id,
  name: id,
  aliases: [],
  category: 'social',
  minimumAge: 13,
  risks: [],
  stepCount: 6,
  reviewed: '2026-11-28',
  ...overrides,
});

const guides = [
  guide('snapchat', { risks: [{ feature: 'locationSharing', level: 'medium' }] }),
  guide('roblox', { category: 'gaming', minimumAge: null, risks: [{ feature: 'inAppSpending', level: 'high' }] }),
  guide('youtube-kids', { category: 'video', minimumAge: 0 }),
  guide('telegram', { category: 'messaging', minimumAge: 16, risks: [{ feature: 'locationSharing', level: 'low' }] }),
];
const ids = (list: GuideSummary[]) => list.map((g) => g.id);

describe('filterGuides', () => {
  it('returns everything with no filters', () => expect(ids(filterGuides(guides, NO_FILTERS).guides)).toHaveLength(4));

  it('keeps apps whose terms allow the child’s age, and lists the rest separately', () => {
    const result = filterGuides(guides, { ...NO_FILTERS, age: 13 });
    expect(ids(result.guides)).toEqual(['snapchat', 'roblox', 'youtube-kids']);
    expect(ids(result.tooYoung)).toEqual(['telegram']);
  });

  it('treats an app with no minimum age as allowed at any age', () => {
    expect(ids(filterGuides(guides, { ...NO_FILTERS, age: 6 }).guides)).toEqual(['roblox', 'youtube-kids']);
  });

  it('filters by risk feature', () => {
    expect(ids(filterGuides(guides, { ...NO_FILTERS, risk: 'locationSharing' }).guides)).toEqual(['snapchat', 'telegram']);
  });

  it('combines every filter', () => {
    const result = filterGuides(guides, { query: 'tele', category: 'messaging', age: 13, risk: 'locationSharing' });
    expect(result.guides).toEqual([]);
    expect(ids(result.tooYoung)).toEqual(['telegram']);
  });
});

describe('isStale', () => {
  it('is fresh up to six months', () => expect(isStale('2026-05-28', '2026-11-28')).toBe(false));
  it('is stale after six months', () => expect(isStale('2026-05-27', '2026-11-28')).toBe(true));
  it('handles the turn of the year', () => expect(isStale('2026-08-01', '2027-02-02')).toBe(true));
});
