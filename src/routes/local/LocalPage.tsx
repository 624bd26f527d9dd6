import { useTranslation } from 'react-i18next';
import areaLoaders from 'virtual:content/areas';
import type { Dataset } from '../../content/schema/stats';
import type { AreaPageData } from '../../content/views';
import { HelpRouteCard } from '../../components/HelpRouteCard';
import { HelpStrip } from '../../components/HelpStrip';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { PageTitle } from '../../components/PageTitle';
import { BarChart } from '../../components/stats/BarChart';
import { DatasetCaveats } from '../../components/stats/DatasetCaveats';
import { DatasetSources } from '../../components/stats/DatasetSources';
import { FigureCard } from '../../components/stats/FigureCard';
import { RateFigure } from '../../components/stats/RateFigure';
import { Island } from '../../islands/Island';
import { loadEntry } from '../../routing/load-entry';
import type { LoadedPage } from '../../routing/types';

/** One dataset's figures for this area, with its caveats and sources. The headline dataset starts open. */
function DatasetSection({ dataset, shows, national, open }: { dataset: Dataset; shows: ReadonlySet<string>; national: boolean; open: boolean }) {
  const { t } = useTranslation();
  const local = dataset.figures.filter((figure) => shows.has(figure.geography));
  const countryWide = national ? dataset.figures.filter((figure) => figure.geography === 'england-and-wales') : [];
  return (
    <details className="dataset" open={open}>
      <summary>
        <h3>{dataset.title}</h3>
      </summary>
      <p className="meta">{t('figure.period', { period: dataset.period.label })}</p>
      <ul className="figures">
        {local.map((figure) => (
          <FigureCard key={figure.id} dataset={dataset} figureId={figure.id} />
        ))}
      </ul>
      {countryWide.length > 0 ? (
        <>
          <h4>{t('local.nationalTitle')}</h4>
          <ul className="figures">
            {countryWide.map((figure) => (
              <FigureCard key={figure.id} dataset={dataset} figureId={figure.id} />
            ))}
          </ul>
        </>
      ) : null}
      <DatasetCaveats dataset={dataset} heading={t('local.caveatsTitle')} />
      <h4>{t('local.sourcesTitle')}</h4>
      <DatasetSources dataset={dataset} />
    </details>
  );
}

export function LocalPage({ data }: { data: AreaPageData }) {
  const { t } = useTranslation();
  const { area, datasets, helpRoutes } = data;
  const shows = new Set([area.geography, ...area.alsoShows]);
  const national = area.geography !== 'england-and-wales';
  const sections = area.datasets.flatMap((id) => datasets.filter((d) => d.id === id));
  return (
    <>
      <Breadcrumbs parent={{ to: '/local', label: t('local.indexTitle') }} current={area.name} />
      <PageTitle>{area.name}</PageTitle>
      <p className="lead">{area.intro}</p>
      <p className="meta">{t('local.covers', { covers: area.covers })}</p>
      <Island name="area-choice" props={{ areaId: area.id }} />
      <p className="caveat">{t('local.recordedNote')}</p>

      {area.charts.length > 0 ? (
        <section aria-labelledby="charts">
          <h2 id="charts">{t('local.chartsTitle')}</h2>
          {area.charts.map((chart) => (
            <BarChart key={chart.id} chart={chart} datasets={datasets} />
          ))}
        </section>
      ) : null}

      {area.rates.length > 0 ? (
        <section aria-labelledby="rates">
          <h2 id="rates">{t('local.ratesTitle')}</h2>
          <ul className="figures">
            {area.rates.map((rate) => (
              <RateFigure key={`${rate.count.dataset}-${rate.count.figure}`} rate={rate} datasets={datasets} />
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="all-figures">
        <h2 id="all-figures">{t('local.allFiguresTitle')}</h2>
        {sections.map((dataset) => (
          <DatasetSection key={dataset.id} dataset={dataset} shows={shows} national={national} open={dataset.id === area.headline.dataset} />
        ))}
      </section>

      {area.gaps.length > 0 ? (
        <section aria-labelledby="gaps">
          <h2 id="gaps">{t('local.gapsTitle')}</h2>
          <ul>
            {area.gaps.map((gap) => (
              <li key={gap}>{gap}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {helpRoutes.length > 0 ? (
        <section aria-labelledby="local-help">
          <h2 id="local-help">{t('local.helpTitle', { area: area.name })}</h2>
          <div className="help-routes">
            {helpRoutes.map((route) => (
              <HelpRouteCard key={route.id} route={route} />
            ))}
          </div>
        </section>
      ) : null}

      <HelpStrip />
    </>
  );
}

export async function loadLocalPage(id: string): Promise<LoadedPage | null> {
  const data = await loadEntry(areaLoaders, id);
  if (!data) return null;
  return {
    render: () => <LocalPage data={data} />,
    head: (t) => ({ title: data.area.name, description: t('local.descriptionTemplate', { police: data.area.police }) }),
  };
}
