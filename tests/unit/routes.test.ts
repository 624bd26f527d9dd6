import { describe, expect, it } from 'vitest';
import { canonicalForm } from '../../src/routing/canonical';
import { fillPath } from '../../src/routing/href';
import { filtersFromQuery, queryFromFilters } from '../../src/features/search/query';

describe('canonical addresses', () => {
  it.each([
    ['/', '/'],
    ['/apps', '/apps'],
    ['/apps/', '/apps'],
    ['/apps/snapchat/', '/apps/snapchat'],
    ['/apps/snapchat.html', '/apps/snapchat'],
    ['/index.html', '/'],
    ['/index', '/'],
    ['/help/signs.html', '/help/signs'],
    ['//', '/'],
  ])('%s is %s', (path, canonical) => expect(canonicalForm(path)).toBe(canonical));
});

describe('links from the route table', () => {
  it('fills and encodes params', () => {
    expect(fillPath('/apps/:id', { id: 'snapchat' })).toBe('/apps/snapchat');
    expect(fillPath('/apps/:id', { id: 'a b/c' })).toBe('/apps/a%20b%2Fc');
  });
  it('fails for a missing param', () => expect(() => fillPath('/apps/:id', {})).toThrow(':id'));
});

describe('guide filters in the query string', () => {
  const ages = [4, 5, 11, 13];
  it('round-trips', () => {
    const filters = { query: 'snap', category: 'social' as const, age: 11, risk: 'aiChat' as const };
    expect(filtersFromQuery(queryFromFilters(filters), ages)).toEqual(filters);
  });
  it('ignores values that are not allowed', () => {
    expect(filtersFromQuery('?type=<script>&age=99&risk=nope', ages)).toEqual({ query: '', category: null, age: null, risk: null });
  });
  it('limits the length of the search text', () => expect(filtersFromQuery(`?q=${'a'.repeat(500)}`, ages).query).toHaveLength(100));
});
