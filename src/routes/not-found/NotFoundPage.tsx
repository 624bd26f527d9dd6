import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p className="lead">{t('notFound.body')}</p>
      <ul className="link-list">
        <li>
          <Link to={href('home')}>{t('notFound.home')}</Link>
        </li>
        <li>
          <Link to={href('apps')}>{t('notFound.guides')}</Link>
        </li>
        <li>
          <Link to={href('help')}>{t('notFound.help')}</Link>
        </li>
      </ul>
    </>
  );
}

export function loadNotFoundPage(): LoadedPage {
  return {
    render: () => <NotFoundPage />,
    head: (t) => ({ title: t('notFound.title'), description: t('notFound.description') }),
  };
}
