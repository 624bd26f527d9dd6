// The guide list's filters to and from the query string. Values that are not one of the allowed
// ones are ignored, so a hand-edited or stale link shows the whole list rather than nothing.
import { CATEGORIES, RISK_FEATURES } from '../../content/schema/enums';
import type { Category, RiskFeature } from '../../content/schema/guide';
import { NO_FILTERS, type GuideFilters } from './filter-guides';

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function filtersFromQuery(search: string, ages: readonly number[]): GuideFilters {
  const params = new URLSearchParams(search);
  const age = Number(params.get('age') ?? Number.NaN);
  return {
    ...NO_FILTERS,
    query: (params.get('q') ?? '').slice(0, 100),
    category: oneOf<Category>(params.get('type'), CATEGORIES),
    age: ages.includes(age) ? age : null,
    risk: oneOf<RiskFeature>(params.get('risk'), RISK_FEATURES),
  };
}

export function queryFromFilters(filters: GuideFilters): string {
  const params = new URLSearchParams();
  if (filters.query !== '') params.set('q', filters.query);
  if (filters.category !== null) params.set('type', filters.category);
  if (filters.age !== null) params.set('age', String(filters.age));
  if (filters.risk !== null) params.set('risk', filters.risk);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
