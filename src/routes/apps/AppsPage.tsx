import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import guideIndex from 'virtual:content/guide-index';
import { CATEGORIES as CATEGORY_LIST, RISK_FEATURES } from '../../content/schema/enums';
import type { Category, RiskFeature } from '../../content/schema/guide';
import type { GuideSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
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
  const categoryId = useId();
  const ageId = useId();
  const riskId = useId();

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
        <div className="field">
          <label htmlFor={categoryId}>{t('apps.categoryLabel')}</label>
          <select id={categoryId} name="type" value={category ?? ''} onChange={(event) => update('type', event.currentTarget.value)}>
            <option value="">{t('apps.categoryAll')}</option>
            {CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`category.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ageId}>{t('apps.ageLabel')}</label>
          <select id={ageId} name="age" value={age ?? ''} onChange={(event) => update('age', event.currentTarget.value)}>
            <option value="">{t('apps.ageAny')}</option>
            {AGES.map((value) => (
              <option key={value} value={value}>
                {t('apps.ageOption', { age: value })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={riskId}>{t('apps.riskLabel')}</label>
          <select id={riskId} name="risk" value={risk ?? ''} onChange={(event) => update('risk', event.currentTarget.value)}>
            <option value="">{t('apps.riskAny')}</option>
            {RISKS.map((value) => (
              <option key={value} value={value}>
                {t(`risk.${value}`)}
              </option>
            ))}
          </select>
        </div>
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
