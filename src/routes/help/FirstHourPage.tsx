import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import firstHour from 'virtual:content/first-hour';
import helpRoutes from 'virtual:content/help-routes';
import type { HelpRoute } from '../../content/schema/help';
import type { FirstHour } from '../../content/schema/help-pages';
import { pickById } from '../../content/views';
import { HelpRouteSummary } from '../../components/HelpRouteSummary';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { PageTitle } from '../../components/PageTitle';
import type { LoadedPage } from '../../routing/types';
import { HelpSourceList } from './HelpSourceList';

/** "Something has happened": the first hour, step by step, readable offline and without script. */
export function FirstHourPage({ content, routes }: { content: FirstHour; routes: readonly HelpRoute[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs parent={{ to: '/help', label: t('help.title') }} current={t('helpPages.firstHourTitle')} />
      <PageTitle>{t('helpPages.firstHourTitle')}</PageTitle>
      <p className="lead">{content.intro}</p>
      <ol className="first-hour">
        {content.steps.map((step) => (
          <li key={step.id} id={step.id} className="first-hour__step">
            <h2>{step.title}</h2>
            <p>{step.detail}</p>
            {step.avoid.length > 0 ? (
              <div className="avoid">
                <h3>{t('helpPages.avoidTitle')}</h3>
                <ul>
                  {step.avoid.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {pickById(routes, step.routes).map((route) => (
              <HelpRouteSummary key={route.id} route={route} />
            ))}
          </li>
        ))}
      </ol>
      <p>
        <Link to="/help/which-service">{t('helpPages.whichServiceLink')}</Link>
      </p>
      <HelpSourceList sources={content.sources} />
    </>
  );
}

export function loadFirstHourPage(): LoadedPage {
  return {
    render: () => <FirstHourPage content={firstHour} routes={helpRoutes} />,
    head: (t) => ({ title: t('helpPages.firstHourTitle'), description: t('helpPages.firstHourDescription') }),
  };
}
