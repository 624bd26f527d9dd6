import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { dismissOfflineNotice, offlineState, subscribeOffline, updateNow } from './service-worker';

/** "Ready to read offline" once after install, and "An updated guide is available" when a new version waits. */
export function OfflineNotice() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeOffline, offlineState, () => 'idle' as const);
  return (
    <div className="offline-notice" role="status" aria-label={t('offline.noticeLabel')}>
      {state === 'offline-ready' ? (
        <div className="notice notice--success">
          <p>{t('offline.ready')}</p>
          <button type="button" className="button button--secondary" onClick={dismissOfflineNotice}>
            {t('offline.dismiss')}
          </button>
        </div>
      ) : null}
      {state === 'update-ready' ? (
        <div className="notice notice--info">
          <p>{t('offline.updateAvailable')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void updateNow()}>
              {t('offline.reload')}
            </button>
            <button type="button" className="button button--secondary" onClick={dismissOfflineNotice}>
              {t('offline.later')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
