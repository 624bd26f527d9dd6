import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HelpStrip } from '../../components/HelpStrip';
import { PageTitle } from '../../components/PageTitle';
import { href } from '../../routing/href';
import type { LoadedPage } from '../../routing/types';

/** What the service worker shows for a guide asked for offline that was never saved (src/sw.ts). */
export function OfflinePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('offlinePage.title')}</PageTitle>
      <p className="lead">{t('offlinePage.body')}</p>
      <p>{t('offlinePage.stillHere')}</p>
      <ul className="link-list">
        <li>
          <Link to={href('help')}>{t('notFound.help')}</Link>
        </li>
        <li>
          <Link to={href('apps')}>{t('notFound.guides')}</Link>
        </li>
        <li>
          <Link to={href('home')}>{t('notFound.home')}</Link>
        </li>
      </ul>
      <HelpStrip />
    </>
  );
}

export function loadOfflinePage(): LoadedPage {
  return {
    render: () => <OfflinePage />,
    head: (t) => ({ title: t('offlinePage.title'), description: t('offlinePage.description') }),
  };
}
