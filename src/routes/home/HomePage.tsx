import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import areaIndex from 'virtual:content/area-index';
import type { AreaSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import { AREA_ID, AREA_ORDER, FAMILY_SUMMARY, FAMILY_SUMMARY_EMPTY, FAMILY_SUMMARY_TEXT } from '../../site/attributes';
import { withBase } from '../../routing/base';
import { href } from '../../routing/href';
import { formatNumber } from '../../i18n/format';
import type { LoadedPage } from '../../routing/types';

export function HomePage({ areas }: { areas: readonly AreaSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.lead')}</p>
      <nav aria-label={t('home.cardsLabel')}>
        <ul className="cards">
          <li className="card">
            <Link to="/apps" className="card__link">
              {t('home.guidesTitle')}
            </Link>
            <p>{t('home.guidesText')}</p>
          </li>
          <li className="card">
            <Link to={href('family')} className="card__link">
              {t('home.familyTitle')}
            </Link>
            <p>{t('home.familyText')}</p>
            {/* Filled in on this phone when it has children (src/site/family-summary.ts). */}
            <ul className="family-summary" hidden {...{ [FAMILY_SUMMARY]: withBase(href('familyPlan')), [FAMILY_SUMMARY_TEXT]: t('family.progress', { done: '{{done}}', total: '{{total}}' }), [FAMILY_SUMMARY_EMPTY]: t('family.progressNone') }} />
          </li>
          <li className="card">
            <Link to="/local" className="card__link">
              {t('home.localTitle')}
            </Link>
            <p>{t('home.localText')}</p>
          </li>
          <li className="card card--help">
            <Link to="/help" className="card__link">
              {t('home.helpTitle')}
            </Link>
            <p>{t('home.helpText')}</p>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="why-title">
        <h2 id="why-title">{t('home.whyTitle')}</h2>
        <p>{t('home.whyText')}</p>
        <ul className="headline-figures" {...{ [AREA_ORDER]: '' }}>
          {areas.map((area) => (
            <li key={area.id} {...{ [AREA_ID]: area.id }}>
              <span className="headline-figures__number">{formatNumber(area.headline.count, i18n.language)}</span>{' '}
              <span>{t('home.whyFigure', { count: area.headline.count, police: area.police })}</span>{' '}
              <Link to={`/local/${area.id}`}>{t('home.whyMore', { area: area.name })}</Link>
            </li>
          ))}
        </ul>
        <p className="caveat">{t('home.whyNote')}</p>
      </section>
      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('home.privacyTitle')}</h2>
        <p>{t('home.privacyText')}</p>
      </section>
    </>
  );
}

export function loadHomePage(): LoadedPage {
  return {
    render: () => <HomePage areas={areaIndex} />,
    head: (t) => ({ title: t('home.title'), description: t('home.description') }),
  };
}
