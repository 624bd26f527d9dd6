import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import guideIndex from 'virtual:content/guide-index';
import { CATEGORIES as CATEGORY_LIST, RISK_FEATURES } from '../../content/schema/enums';
import type { Category, RiskFeature } from '../../content/schema/guide';
import type { GuideSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import { SelectField } from '../../components/SelectField';
import { filterGuides } from '../../features/search/filter-guides';
import type { LoadedPage } from '../../routing/types';
import { useHydrated } from '../../routing/use-hydrated';

const CATEGORIES: readonly Category[] = CATEGORY_LIST;
const RISKS: readonly RiskFeature[] = RISK_FEATURES;
const AGES = Array.from({ length: 14 }, (_, i) => i + 4);

/** A value from the query string, if it is one of the allowed ones. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

function ageFrom(value: string | null): number | null {
  const age = value === null ? Number.NaN : Number(value);
  return AGES.includes(age) ? age : null;
}

function GuideItem({ guide }: { guide: GuideSummary }) {
  const { t } = useTranslation();
  return (
    <li className="guide-item">
      <Link to={`/apps/${guide.id}`} className="guide-item__link">
        {guide.name}
      </Link>
      <span className="guide-item__meta">
        {guide.minimumAge === null ? t('apps.noMinimumAge') : t('apps.minimumAge', { age: guide.minimumAge })}
        {' · '}
        {t('apps.steps', { count: guide.stepCount })}
      </span>
    </li>
  );
}

export function AppsPage({ guides }: { guides: readonly GuideSummary[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The prerendered page has no query string: filter only once hydrated, so hydration matches.
  const hydrated = useHydrated();
  const read = (name: string) => (hydrated ? params.get(name) : null);
  const query = read('q') ?? '';
  const category = oneOf(read('type'), CATEGORIES);
  const age = ageFrom(read('age'));
  const risk = oneOf(read('risk'), RISKS);
  const searchId = useId();
  const hintId = useId();

  const { guides: matches, tooYoung } = filterGuides(guides, { query, category, age, risk });
  const grouped = query === '' && category === null && age === null && risk === null;

  function update(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true, preventScrollReset: true });
  }

  return (
    <>
      <PageTitle>{t('apps.title')}</PageTitle>
      <p className="lead">{t('apps.lead')}</p>
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
            onChange={(event) => update('q', event.currentTarget.value)}
          />
        </div>
        <SelectField
          label={t('apps.categoryLabel')}
          name="type"
          value={category ?? ''}
          anyLabel={t('apps.categoryAll')}
          options={CATEGORIES.map((value) => ({ value, label: t(`category.${value}`) }))}
          onChange={(value) => update('type', value)}
        />
        <SelectField
          label={t('apps.ageLabel')}
          name="age"
          value={age === null ? '' : String(age)}
          anyLabel={t('apps.ageAny')}
          options={AGES.map((value) => ({ value: String(value), label: t('apps.ageOption', { age: value }) }))}
          onChange={(value) => update('age', value)}
        />
        <SelectField
          label={t('apps.riskLabel')}
          name="risk"
          value={risk ?? ''}
          anyLabel={t('apps.riskAny')}
          options={RISKS.map((value) => ({ value, label: t(`risk.${value}`) }))}
          onChange={(value) => update('risk', value)}
        />
      </form>
      <p className="results-count" role="status">
        {t('apps.results', { count: matches.length })}
      </p>
      {matches.length === 0 && tooYoung.length === 0 ? (
        <div className="notice">
          <p>{t('apps.noResults', { query })}</p>
          <button type="button" className="button button--secondary" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
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

export function loadAppsPage(): LoadedPage {
  return {
    render: () => <AppsPage guides={guideIndex} />,
    head: (t) => ({ title: t('apps.title'), description: t('apps.description') }),
  };
}
