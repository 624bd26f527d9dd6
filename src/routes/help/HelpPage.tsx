import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import areaIndex from 'virtual:content/area-index';
import helpRoutes from 'virtual:content/help-routes';
import type { HelpRoute, Urgency } from '../../content/schema/help';
import type { AreaSummary } from '../../content/views';
import { HelpRouteCard } from '../../components/HelpRouteCard';
import { PageTitle } from '../../components/PageTitle';
import { PhoneLink } from '../../components/PhoneLink';
import { AREA_ID, AREA_ORDER } from '../../site/attributes';
import type { LoadedPage } from '../../routing/types';

const GROUPS: readonly { urgency: Urgency; titleKey: 'help.emergencyTitle' | 'help.reportTitle' | 'help.adviceTitle' | 'help.childTitle' }[] = [
  { urgency: 'emergency', titleKey: 'help.emergencyTitle' },
  { urgency: 'report', titleKey: 'help.reportTitle' },
  { urgency: 'advice', titleKey: 'help.adviceTitle' },
  { urgency: 'child', titleKey: 'help.childTitle' },
];

export function HelpPage({ routes, areas }: { routes: readonly HelpRoute[]; areas: readonly AreaSummary[] }) {
  const { t } = useTranslation();
  const national = routes.filter((route) => route.scope === 'national');
  const localAreas = areas.filter((area) => routes.some((route) => route.scope === area.id));
  return (
    <>
      <PageTitle>{t('help.title')}</PageTitle>
      <div className="emergency">
        <p className="lead lead--urgent">{t('help.lead')}</p>
        <PhoneLink number="999" className="button button--call button--large" label={t('help.call', { number: '999' })} />
      </div>
      <nav aria-label={t('helpPages.navLabel')}>
        <ul className="cards">
          <li className="card card--help">
            <Link to="/help/something-happened" className="card__link">
              {t('helpPages.firstHourTitle')}
            </Link>
            <p>{t('helpPages.firstHourCard')}</p>
          </li>
          <li className="card">
            <Link to="/help/which-service" className="card__link">
              {t('helpPages.whichServiceTitle')}
            </Link>
            <p>{t('helpPages.whichServiceCard')}</p>
          </li>
          <li className="card">
            <Link to="/help/signs" className="card__link">
              {t('helpPages.signsTitle')}
            </Link>
            <p>{t('helpPages.signsCard')}</p>
          </li>
          <li className="card">
            <Link to="/help/the-law" className="card__link">
              {t('law.title')}
            </Link>
            <p>{t('law.card')}</p>
          </li>
        </ul>
      </nav>
      {GROUPS.map(({ urgency, titleKey }) => {
        const inGroup = national.filter((route) => route.urgency === urgency);
        if (inGroup.length === 0) return null;
        return (
          <section key={urgency} aria-labelledby={`group-${urgency}`}>
            <h2 id={`group-${urgency}`}>{t(titleKey)}</h2>
            <div className="help-routes">
              {inGroup.map((route) => (
                <HelpRouteCard key={route.id} route={route} />
              ))}
            </div>
          </section>
        );
      })}
      {/* The reader's chosen area is moved first in the browser (src/site/area.ts). */}
      <div {...{ [AREA_ORDER]: '' }}>
      {localAreas.map((area) => (
        <section key={area.id} aria-labelledby={`near-${area.id}`} {...{ [AREA_ID]: area.id }}>
          <h2 id={`near-${area.id}`}>{t('help.nearTitle', { area: area.name })}</h2>
          <div className="help-routes">
            {routes
              .filter((route) => route.scope === area.id)
              .map((route) => (
                <HelpRouteCard key={route.id} route={route} />
              ))}
          </div>
        </section>
      ))}
      </div>
    </>
  );
}

export function loadHelpPage(): LoadedPage {
  return {
    render: () => <HelpPage routes={helpRoutes} areas={areaIndex} />,
    head: (t) => ({ title: t('help.title'), description: t('help.description') }),
  };
}
