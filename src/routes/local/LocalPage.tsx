import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import areaLoaders from 'virtual:content/areas';
import type { AreaPageData } from '../../content/views';
import { HelpRouteCard } from '../../components/HelpRouteCard';
import { HelpStrip } from '../../components/HelpStrip';
import { PageTitle } from '../../components/PageTitle';
import { DatasetSources } from '../../components/stats/DatasetSources';
import { FigureCard } from '../../components/stats/FigureCard';
import { AreaChoice } from '../../features/area/AreaChoice';
import type { LoadedPage } from '../../routing/types';

export function LocalPage({ data }: { data: AreaPageData }) {
  const { t } = useTranslation();
  const { area, datasets, helpRoutes } = data;
  return (
    <>
      <nav aria-label={t('guide.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to="/local">{t('local.indexTitle')}</Link>
          </li>
          <li aria-current="page">{area.name}</li>
        </ol>
      </nav>
      <PageTitle>{area.name}</PageTitle>
      <p className="lead">{area.intro}</p>
      <p className="meta">{t('local.covers', { covers: area.covers })}</p>
      <AreaChoice areaId={area.id} />

      {datasets.map((dataset) => {
        const local = dataset.figures.filter((figure) => figure.geography === area.geography);
        const national = dataset.figures.filter((figure) => figure.geography === 'england-and-wales');
        return (
          <section key={dataset.id} aria-labelledby={`dataset-${dataset.id}`}>
            <h2 id={`dataset-${dataset.id}`}>{dataset.title}</h2>
            <p className="meta">{t('figure.period', { period: dataset.period.label })}</p>
            <p className="caveat">{t('local.recordedNote')}</p>
            <ul className="figures">
              {local.map((figure) => (
                <FigureCard key={figure.id} dataset={dataset} figureId={figure.id} />
              ))}
            </ul>
            {national.length > 0 && area.geography !== 'england-and-wales' ? (
              <>
                <h3>{t('local.nationalTitle')}</h3>
                <ul className="figures">
                  {national.map((figure) => (
                    <FigureCard key={figure.id} dataset={dataset} figureId={figure.id} />
                  ))}
                </ul>
              </>
            ) : null}
            {dataset.caveats.length > 0 ? (
              <>
                <h3>{t('local.caveatsTitle')}</h3>
                <ul className="caveats">
                  {dataset.caveats.map((caveat) => (
                    <li key={caveat}>{caveat}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <h3>{t('local.sourcesTitle')}</h3>
            <DatasetSources dataset={dataset} />
          </section>
        );
      })}

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
  const load = Object.hasOwn(areaLoaders, id) ? areaLoaders[id] : undefined;
  if (!load) return null;
  const data = (await load()).default;
  return {
    render: () => <LocalPage data={data} />,
    head: (t) => ({ title: data.area.name, description: t('local.descriptionTemplate', { police: data.area.police }) }),
  };
}
