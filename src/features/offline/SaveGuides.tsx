// "Save every guide for offline": guides are cached as a parent opens them (src/sw.ts); this
// caches the rest in one go, and says how many are saved on this phone. It is static HTML,
// hidden until src/site/save-guides.ts has read the Cache API, so the guide list needs no React
// for it (and a browser that cannot save never sees an offer it cannot keep).
import { useTranslation } from 'react-i18next';
import { pickMessages, type MessageKey } from '../../islands/messages';
import { ACTION, SAVE_GUIDES } from '../../site/attributes';

/** The strings the script fills in with numbers; the rest are rendered here. */
export const countMessages: readonly MessageKey[] = ['offline.savedCount', 'offline.saving', 'offline.allSaved'];

export function SaveGuides({ guidePaths }: { guidePaths: readonly string[] }) {
  const { t, i18n } = useTranslation();
  // Raw templates in the page's language (pseudo-locale included), interpolated by the script.
  const messages = pickMessages(countMessages, (key) => {
    const value: unknown = i18n.getResource(i18n.language, 'translation', key);
    return typeof value === 'string' ? value : undefined;
  });
  return (
    <section aria-labelledby="save-guides-title" className="save-guides" hidden {...{ [SAVE_GUIDES]: guidePaths.join(' ') }} data-messages={JSON.stringify(messages)}>
      <h2 id="save-guides-title">{t('offline.saveAllTitle')}</h2>
      <p>{t('offline.saveAllText')}</p>
      <p role="status" data-save-status="" />
      <p className="notice notice--warning" data-save-failed="" hidden>
        {t('offline.saveFailed')}
      </p>
      <button type="button" className="button button--secondary" {...{ [ACTION]: 'save-guides' }}>
        {t('offline.saveAll')}
      </button>
    </section>
  );
}
