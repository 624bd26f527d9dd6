import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import areaIndex from 'virtual:content/area-index';
import type { AreaSummary } from '../../content/views';
import { PageTitle } from '../../components/PageTitle';
import type { LoadedPage } from '../../routing/types';

export function LocalIndexPage({ areas }: { areas: readonly AreaSummary[] }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('local.indexTitle')}</PageTitle>
      <p className="lead">{t('local.indexLead')}</p>
      <ul className="cards">
        {areas.map((area) => (
          <li key={area.id} className="card">
            <Link to={`/local/${area.id}`} className="card__link">
              {area.name}
            </Link>
            <p>{area.police}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function loadLocalIndexPage(): LoadedPage {
  return {
    render: () => <LocalIndexPage areas={areaIndex} />,
    head: (t) => ({ title: t('local.indexTitle'), description: t('local.indexDescription') }),
  };
}
