// The guide list with its search and filters: an island, because a parent types in it. Filters
// live in the query string (/apps?q=snap&age=11), so a filtered list can be shared, and the form
// still works with script off (it submits to the same page, which lists every guide).
import { useState } from 'react';
import { CATEGORIES, RISK_FEATURES } from '../../content/schema/enums';
import type { Category, RiskFeature } from '../../content/schema/guide';
import type { GuideSummary } from '../../content/views';
import { SelectField } from '../../components/SelectField';
import { useIsland, useIslandId } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { filterGuides, NO_FILTERS, type GuideFilters } from './filter-guides';
import { filtersFromQuery, queryFromFilters } from './query';

export const messages: readonly MessageKey[] = [
  'apps.searchLabel',
  'apps.searchHint',
  'apps.categoryLabel',
  'apps.categoryAll',
  'apps.ageLabel',
  'apps.ageAny',
  'apps.ageOption',
  'apps.riskLabel',
  'apps.riskAny',
  'apps.results',
  'apps.noResults',
  'apps.clear',
  'apps.tooYoungTitle',
  'apps.tooYoungText',
  'apps.noMinimumAge',
  'apps.minimumAge',
  'apps.steps',
  ...CATEGORIES.map((value): MessageKey => `category.${value}`),
  ...RISK_FEATURES.map((value): MessageKey => `risk.${value}`),
];

/** What the list needs of a guide: its summary and the address of its page. */
export type FinderGuide = Omit<GuideSummary, 'reviewed'> & { href: string };

const AGES = Array.from({ length: 14 }, (_, i) => i + 4);

/** Text typed into the prerendered search box before the island woke. */
function typedBeforeHydration(searchId: string): Partial<GuideFilters> {
  const typed = (document.getElementById(searchId) as HTMLInputElement | null)?.value ?? '';
  return typed === '' ? {} : { query: typed.slice(0, 100) };
}

function GuideItem({ guide }: { guide: FinderGuide }) {
  const { t } = useIsland();
  return (
    <li className="guide-item">
      <a href={guide.href} className="guide-item__link">
        {guide.name}
      </a>
      <span className="guide-item__meta">
        {guide.minimumAge === null ? t('apps.noMinimumAge') : t('apps.minimumAge', { age: guide.minimumAge })}
        {' · '}
        {t('apps.steps', { count: guide.stepCount })}
      </span>
    </li>
  );
}

export default function GuideFinder({ guides }: { guides: readonly FinderGuide[] }) {
  const { t } = useIsland();
  // The prerendered page has no query string: read it once hydrated, so hydration matches. The
  // finder wakes at the reader's first tap or key (AppsPage.tsx), so what they typed before it
  // woke is still in the form: read that too, and nothing typed is lost.
  const hydrated = useHydrated();
  const [edited, setFilters] = useState<GuideFilters | null>(null);
  const searchId = useIslandId('search');
  const filters = edited ?? (hydrated ? { ...filtersFromQuery(window.location.search, AGES), ...typedBeforeHydration(searchId) } : NO_FILTERS);
  const hintId = useIslandId('search-hint');
  const selectId = useIslandId('filter');

  function update(next: GuideFilters) {
    setFilters(next);
    const url = new URL(window.location.href);
    url.search = queryFromFilters(next);
    window.history.replaceState(window.history.state, '', url);
  }

  const { guides: matches, tooYoung } = filterGuides(guides, filters);
  const { query, category, age, risk } = filters;
  const grouped = query === '' && category === null && age === null && risk === null;

  return (
    <>
      <form className="filters" role="search" action="" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={searchId}>{t('apps.searchLabel')}</label>
          <p id={hintId} className="field__hint">
            {t('apps.searchHint')}
          </p>
          <input
            id={searchId}
            name="q"
            type="search"
            autoComplete="off"
            aria-describedby={hintId}
            value={query}
            onChange={(event) => update({ ...filters, query: event.currentTarget.value })}
          />
        </div>
        <SelectField
          id={`${selectId}-type`}
          label={t('apps.categoryLabel')}
          name="type"
          value={category ?? ''}
          anyLabel={t('apps.categoryAll')}
          options={CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
          onChange={(value) => update({ ...filters, category: (value || null) as Category | null })}
        />
        <SelectField
          id={`${selectId}-age`}
          label={t('apps.ageLabel')}
          name="age"
          value={age === null ? '' : String(age)}
          anyLabel={t('apps.ageAny')}
          options={AGES.map((value) => ({ value: String(value), label: t('apps.ageOption', { age: value }) }))}
          onChange={(value) => update({ ...filters, age: value === '' ? null : Number(value) })}
        />
        <SelectField
          id={`${selectId}-risk`}
          label={t('apps.riskLabel')}
          name="risk"
          value={risk ?? ''}
          anyLabel={t('apps.riskAny')}
          options={RISK_FEATURES.map((value) => ({ value, label: t(`risk.${value}`) }))}
          onChange={(value) => update({ ...filters, risk: (value || null) as RiskFeature | null })}
        />
      </form>
      <p className="results-count" role="status">
        {t('apps.results', { count: matches.length })}
      </p>
      {matches.length === 0 && tooYoung.length === 0 ? (
        <div className="notice">
          <p>{t('apps.noResults', { query })}</p>
          <button type="button" className="button button--secondary" onClick={() => update(NO_FILTERS)}>
            {t('apps.clear')}
          </button>
        </div>
      ) : grouped ? (
        CATEGORIES.map((value) => {
          const inGroup = matches.filter((guide) => guide.category === value);
          if (inGroup.length === 0) return null;
          return (
            <section key={value} aria-labelledby={`category-${value}`}>
              <h2 id={`category-${value}`}>{t(`category.${value}`)}</h2>
              <ul className="guide-list">
                {inGroup.map((guide) => (
                  <GuideItem key={guide.id} guide={guide} />
                ))}
              </ul>
            </section>
          );
        })
      ) : (
        <ul className="guide-list">
          {matches.map((guide) => (
            <GuideItem key={guide.id} guide={guide} />
          ))}
        </ul>
      )}
      {tooYoung.length > 0 && age !== null ? (
        <section aria-labelledby="too-young">
          <h2 id="too-young">{t('apps.tooYoungTitle', { count: tooYoung.length, age })}</h2>
          <p>{t('apps.tooYoungText')}</p>
          <ul className="guide-list">
            {tooYoung.map((guide) => (
              <GuideItem key={guide.id} guide={guide} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
