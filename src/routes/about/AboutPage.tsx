import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import sources from 'virtual:content/sources';
import type { SourcesPageData } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import { SourceNote } from '../../components/SourceNote';
import { Island } from '../../islands/Island';
import { DatasetCaveats } from '../../components/stats/DatasetCaveats';
import { DatasetSources } from '../../components/stats/DatasetSources';
import { formatDate, formatNumber } from '../../i18n/format';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';

/** Sources and method: how the guide checks what it says, every dataset and help route with its source, and privacy. */
export function AboutPage({ data }: { data: SourcesPageData }) {
  const { t, i18n } = useTranslation();
  const { checking } = data;
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <>
      <PageTitle>{t('about.title')}</PageTitle>
      <p className="lead">{t('about.lead')}</p>

      <section aria-labelledby="checking">
        <h2 id="checking">{t('about.checkingTitle')}</h2>
        <p>{t('about.checkingText')}</p>
        <p className="big-fact">
          {t('about.checkingFigures', {
            verified: number(checking.verifiedSteps),
            steps: number(checking.steps),
            guides: number(checking.guides),
          })}
        </p>
        <p>{t('about.unverifiedText')}</p>
        <p>{t('about.reviewText', { oldest: formatDate(checking.oldestReview, i18n.language), newest: formatDate(checking.newestReview, i18n.language) })}</p>
        <h3 id="guide-checks">{t('about.guidesTitle')}</h3>
        <p>{t('about.guidesText')}</p>
        <table className="guide-checks">
          <caption>{t('about.guidesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.guidesName')}</th>
              <th scope="col">{t('about.guidesSteps')}</th>
              <th scope="col">{t('about.guidesConfirmed')}</th>
              <th scope="col">{t('about.guidesOldest')}</th>
            </tr>
          </thead>
          <tbody>
            {data.guideChecks.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={href('guide', { id: row.id })}>{row.name}</Link>
                </th>
                <td>{number(row.steps)}</td>
                <td>{number(row.confirmed)}</td>
                <td>{row.oldestCheck === '' ? null : <time dateTime={row.oldestCheck}>{formatDate(row.oldestCheck, i18n.language)}</time>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="statistics">
        <h2 id="statistics">{t('about.statsTitle')}</h2>
        <p>{t('about.statsText')}</p>
        <p className="caveat">{t('local.recordedNote')}</p>
        {data.datasets.map((dataset) => (
          <details key={dataset.id} className="dataset">
            <summary>
              <h3>{dataset.title}</h3>
            </summary>
            <p className="meta">{t('figure.period', { period: dataset.period.label })}</p>
            <DatasetSources dataset={dataset} />
            <DatasetCaveats dataset={dataset} heading={t('about.canAndCannot')} />
          </details>
        ))}
      </section>

      <section aria-labelledby="routes">
        <h2 id="routes">{t('about.routesTitle')}</h2>
        <p>{t('about.routesText')}</p>
        {data.routes.map((route) => (
          <details key={route.id} className="dataset">
            <summary>
              <h3>{route.name}</h3>
            </summary>
            <SourceNote source={route.source} />
            {route.verification ? <p>{route.verification}</p> : null}
          </details>
        ))}
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('about.privacyTitle')}</h2>
        <p>{t('about.privacyText')}</p>
        <p>{t('about.storedText')}</p>
        <h3>{t('transfer.title')}</h3>
        <p>{t('transfer.text')}</p>
        <Island name="ticks-transfer" props={{}} />
      </section>
    </>
  );
}

export function loadAboutPage(): LoadedPage {
  return {
    render: () => <AboutPage data={sources} />,
    head: (t) => ({ title: t('about.title'), description: t('about.description') }),
  };
}
