import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import type { LoadedPage } from '../../routing/types';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p className="lead">{t('notFound.body')}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
        <li>
          <Link to="/apps">{t('notFound.guides')}</Link>
        </li>
        <li>
          <Link to="/help">{t('notFound.help')}</Link>
        </li>
      </ul>
    </>
  );
}

export function loadNotFoundPage(): LoadedPage {
  return {
    render: () => <NotFoundPage />,
    head: (t) => ({ title: t('notFound.title'), description: t('notFound.description') }),
    notFound: true,
  };
}
