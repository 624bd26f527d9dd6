import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { PageTitle } from '../components/PageTitle';
import { forgetPage } from './page-cache';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { PageView } from './PageView';

function PageFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('error.title')}</PageTitle>
      <p>{t('error.body')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('error.retry')}
      </button>
    </>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('site.loading')}
    </p>
  );
}

/** The whole guide. Pages are listed in src/routes and loaded by src/routing; this is the frame. */
export function App() {
  const { pathname } = useLocation();
  return (
    <Layout>
      <ErrorBoundary resetKey={pathname} onRetry={() => forgetPage(pathname)} fallback={(retry) => <PageFailed retry={retry} />}>
        <Suspense fallback={<Loading />}>
          <PageView />
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
