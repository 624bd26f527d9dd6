import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION } from '../site/attributes';

/** "Share this page" / "Copy link": prerendered hidden, brought to life by src/site/share.ts. */
export function ShareControl({ current = false }: { current?: boolean }) {
  const { t } = useTranslation();
  const fallbackId = useId();
  return (
    <div className="share" data-share="" hidden>
      <button
        type="button"
        className="button button--secondary"
        {...{ [ACTION]: 'share' }}
        data-label-share={t('share.share')}
        data-label-copy={t('share.copy')}
        data-share-url={current ? 'current' : undefined}
      >
        {t('share.copy')}
      </button>
      <p className="share__status" role="status" data-share-status="" data-copied={t('share.copied')} data-copy-failed={t('share.copyFailed')} />
      <label className="visually-hidden" htmlFor={fallbackId}>
        {t('share.linkLabel')}
      </label>
      <input id={fallbackId} className="share__fallback" type="text" readOnly hidden data-share-fallback="" />
    </div>
  );
}
