// Keeping plans safe, and removing them: whether the browser has agreed to keep the data (asked
// once the parent has a plan), and "Delete everything on this phone" behind a confirmation.
import { useState } from 'react';
import { useIsland } from '../../islands/context';
import type { MessageKey } from '../../islands/messages';
import { useHydrated } from '../../routing/use-hydrated';
import { GUIDE_CACHE } from '../offline/cache-names';
import { children } from '../progress/model';
import { useProgress, useProgressStore } from '../progress/provider';
import { usePersisted } from './use-persisted';

export const messages: readonly MessageKey[] = [
  'family.persistAsking',
  'family.persistGranted',
  'family.persistDenied',
  'family.persistUnknown',
  'family.deleteTitle',
  'family.deleteText',
  'family.deleteButton',
  'family.deleteConfirm',
  'family.deleteYes',
  'family.deleted',
  'family.deleteFailed',
  'family.cancel',
];

const PERSIST_TEXT = { granted: 'family.persistGranted', denied: 'family.persistDenied', unsupported: 'family.persistUnknown' } as const;

export default function FamilyKeep() {
  const { t } = useIsland();
  const hydrated = useHydrated();
  const store = useProgressStore();
  const { data } = useProgress();
  const hasPlan = children(data).some((child) => child.apps.length > 0);
  const persist = usePersisted(hasPlan);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<'deleted' | 'failed' | null>(null);

  async function deleteEverything() {
    const removed = store.deleteEverything();
    // Saved guides say which apps a family uses, so they go too; the guide's own files stay.
    if (typeof caches !== 'undefined') await caches.delete(GUIDE_CACHE).catch(() => false);
    setConfirming(false);
    setResult(removed ? 'deleted' : 'failed');
  }

  return (
    <div className="family-keep" hidden={!hydrated}>
      {persist === null ? null : <p className={persist === 'denied' || persist === 'unsupported' ? 'notice notice--warning' : 'notice'}>{t(persist === 'asking' ? 'family.persistAsking' : PERSIST_TEXT[persist])}</p>}
      <section aria-labelledby="delete-title">
        <h2 id="delete-title">{t('family.deleteTitle')}</h2>
        <p>{t('family.deleteText')}</p>
        {confirming ? (
          <div className="confirm" role="group" aria-labelledby="delete-title">
            <p>{t('family.deleteConfirm')}</p>
            <div className="button-row">
              <button type="button" className="button button--warning" onClick={() => void deleteEverything()}>
                {t('family.deleteYes')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                {t('family.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              setResult(null);
              setConfirming(true);
            }}
          >
            {t('family.deleteButton')}
          </button>
        )}
        <p role="status" className={result === null ? undefined : result === 'deleted' ? 'notice notice--success' : 'notice notice--warning'}>
          {result === null ? '' : t(result === 'deleted' ? 'family.deleted' : 'family.deleteFailed')}
        </p>
      </section>
    </div>
  );
}
