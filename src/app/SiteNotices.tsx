// The notices every page can show: offline and update (src/site/service-worker.ts) and storage
// problems (src/site/storage-notices.ts). They are static HTML, hidden until a script shows the
// one that applies, so pages with nothing to tick need no framework to show them.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { href } from '../routing/href';
import { ACTION, NOTICE } from '../site/attributes';

const notice = (name: string) => ({ [NOTICE]: name, hidden: true });
const action = (name: string) => ({ [ACTION]: name });

export function SiteNotices() {
  const { t } = useTranslation();
  return (
    <>
      <div className="offline-notice" role="status" aria-label={t('offline.noticeLabel')}>
        {/* One short line: a longer notice, appearing after load, was bigger than the page's own
            text and became its Largest Contentful Paint. What is saved is said on the guide list. */}
        <div className="notice notice--success notice--compact" {...notice('offline-ready')}>
          <p>{t('offline.ready')}</p>
          <Link to={`${href('apps')}#save-guides-title`} className="notice__link">
            {t('offline.whatIsSaved')}
          </Link>
          <button type="button" className="button button--secondary" {...action('dismiss')}>
            {t('offline.dismiss')}
          </button>
        </div>
        <div className="notice notice--info" {...notice('update-ready')}>
          <p>{t('offline.updateAvailable')}</p>
          <div className="button-row">
            <button type="button" className="button" {...action('update')}>
              {t('offline.reload')}
            </button>
            <button type="button" className="button button--secondary" {...action('dismiss')}>
              {t('offline.later')}
            </button>
          </div>
        </div>
        <div className="notice notice--info" {...notice('updated-elsewhere')}>
          <p>{t('offline.updated')}</p>
          <button type="button" className="button button--secondary" {...action('dismiss')}>
            {t('offline.dismiss')}
          </button>
        </div>
      </div>
      <div className="storage-notices" role="status">
        {(['unavailable', 'write-failed', 'newer'] as const).map((kind) => (
          <div key={kind} className="notice notice--warning" {...notice(`storage-${kind}`)}>
            <p>{t(`storage.${kind}`)}</p>
          </div>
        ))}
        {(['set-aside', 'unreadable-kept'] as const).map((kind) => (
          <div key={kind} className="notice notice--warning" {...notice(`storage-${kind}`)}>
            <p>{t(`storage.${kind}`)}</p>
            <div className="button-row">
              <button type="button" className="button button--secondary" {...action('download-aside')} data-file-name={t('storage.asideFileName')}>
                {t('storage.downloadAside')}
              </button>
              {kind === 'set-aside' ? (
                <button type="button" className="button button--secondary" {...action('dismiss-aside')}>
                  {t('storage.dismissAside')}
                </button>
              ) : null}
            </div>
          </div>
        ))}
      </div>
    </>
  );
}
