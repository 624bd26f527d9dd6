// The guide list's filters: a search, a type of app, the child's age and a risk feature. Pure,
// so the list page and its tests share one definition of what each filter means.
import type { Category, RiskFeature } from '../../content/schema/guide';
import type { GuideSummary } from '../../content/views';
import { searchGuides } from './search-guides';

export interface GuideFilters {
  query: string;
  category: Category | null;
  /** The child's age: keep apps whose terms allow it (or set no minimum age). */
  age: number | null;
  risk: RiskFeature | null;
}

export const NO_FILTERS: GuideFilters = { query: '', category: null, age: null, risk: null };

/** What the filters read of a guide. */
export type Filterable = Pick<GuideSummary, 'name' | 'aliases' | 'category' | 'minimumAge' | 'risks'>;

export interface FilterResult<T extends Filterable> {
  guides: T[];
  /** Apps that match everything but the age: their terms say the child is too young. */
  tooYoung: T[];
}

export function filterGuides<T extends Filterable>(all: readonly T[], filters: GuideFilters): FilterResult<T> {
  const { category, age, risk } = filters;
  const matching = searchGuides(all, filters.query).filter(
    (guide) => (category === null || guide.category === category) && (risk === null || guide.risks.some((r) => r.feature === risk)),
  );
  if (age === null) return { guides: matching, tooYoung: [] };
  const allowed = (guide: T) => guide.minimumAge === null || guide.minimumAge <= age;
  return { guides: matching.filter(allowed), tooYoung: matching.filter((guide) => !allowed(guide)) };
}
